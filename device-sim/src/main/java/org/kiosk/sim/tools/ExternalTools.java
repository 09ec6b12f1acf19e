package org.kiosk.sim.tools;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The independent programs that check what the kiosk produces (zbarimg for printed QR codes, qpdf and
 * pdftotext for PDFs). A missing one is an error naming the Debian package to install, never a skipped check.
 */
public final class ExternalTools {

    /** The output of a finished program. */
    public record Result(int exitCode, String output) {
    }

    private ExternalTools() {
    }

    /** Throws unless {@code command} is on the PATH. */
    public static void require(String command, String debianPackage) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return;
            }
        }
        throw new IllegalStateException("'" + command + "' not found on PATH: install the Debian package " + debianPackage);
    }

    /** Runs a program to its end (at most 60 s) and returns its exit code and standard output, stderr discarded. */
    public static Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(command[0] + " did not finish within 60 s");
        }
        return new Result(p.exitValue(), out);
    }

    /** The payloads of the barcodes zbarimg finds in an image, one per line; empty when it finds none. */
    public static List<String> zbarimg(Path image) throws IOException, InterruptedException {
        require("zbarimg", "zbar-tools");
        Result r = run("zbarimg", "--raw", "-q", image.toString());
        // exit 4 means "no symbol found"; anything else but 0 is a failure of the tool itself
        if (r.exitCode() == 4) {
            return List.of();
        }
        if (r.exitCode() != 0) {
            throw new IOException("zbarimg failed on " + image + " with exit code " + r.exitCode());
        }
        return r.output().lines().toList();
    }
}
