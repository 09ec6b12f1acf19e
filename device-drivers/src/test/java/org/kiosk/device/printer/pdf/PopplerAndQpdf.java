package org.kiosk.device.printer.pdf;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code qpdf} and {@code pdftotext} on rendered PDFs: independent checks of what PDFBox wrote. */
final class PopplerAndQpdf {

    /** A guard against a hung tool, not a timing assertion. */
    private static final long TOOL_TIMEOUT_SECONDS = 60;

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
        requireOnPath(tool);
        List<String> command = new ArrayList<>();
        command.add(tool);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(tool + " did not finish within " + TOOL_TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static void requireOnPath(String tool) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, tool);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return;
                }
            }
        }
        fail(tool + " is not on the PATH: install the Debian packages qpdf and poppler-utils "
                + "(apt-get install qpdf poppler-utils) to run the PDF tests");
    }
}
