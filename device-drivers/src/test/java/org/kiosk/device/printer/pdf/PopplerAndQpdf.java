package org.kiosk.device.printer.pdf;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kiosk.sim.tools.ExternalTools;

/** Runs the real {@code qpdf} and {@code pdftotext} on rendered PDFs: independent checks of what PDFBox wrote. */
final class PopplerAndQpdf {

    private PopplerAndQpdf() {
    }

    record Result(int exitCode, String output) {
    }

    /** {@code qpdf --check}: exit code and its report. */
    static Result qpdfCheck(Path pdf) throws Exception {
        return run("qpdf", "--check", pdf.toString());
    }

    /** The text of the pages from {@code first} to {@code last} (1-based), or of all pages when both are 0. */
    static String pdftotext(Path pdf, int first, int last) throws Exception {
        List<String> args = new ArrayList<>(List.of("-enc", "UTF-8"));
        if (first > 0) {
            args.addAll(List.of("-f", Integer.toString(first), "-l", Integer.toString(last)));
        }
        args.addAll(List.of(pdf.toString(), "-"));
        Result result = run("pdftotext", args.toArray(String[]::new));
        if (result.exitCode() != 0) {
            fail("pdftotext exited with " + result.exitCode() + ": " + result.output());
        }
        return result.output();
    }

    static String pdftotext(Path pdf) throws Exception {
        return pdftotext(pdf, 0, 0);
    }

    /** {@code pdftotext -bbox}: an XHTML page with one {@code <word xMin=.. xMax=..>} element per word. */
    static String pdftotextBoxes(Path pdf) throws Exception {
        Result result = run("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-");
        if (result.exitCode() != 0) {
            fail("pdftotext -bbox exited with " + result.exitCode() + ": " + result.output());
        }
        return result.output();
    }

    private static Result run(String tool, String... args) throws Exception {
        ExternalTools.require(tool, "qpdf poppler-utils");
        String[] command = new String[args.length + 1];
        command[0] = tool;
        System.arraycopy(args, 0, command, 1, args.length);
        ExternalTools.Result r = ExternalTools.run(command);
        return new Result(r.exitCode(), r.output());
    }
}
