package org.kiosk.provisioning.qr;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kiosk.device.qr.image.DecodedQr;
import org.kiosk.device.qr.image.FileFrameSource;
import org.kiosk.device.qr.image.FrameException;
import org.kiosk.device.qr.image.QrDecodeResult;
import org.kiosk.device.qr.image.QrImageDecoder;
import org.kiosk.platform.code.Classification;
import org.kiosk.platform.code.CodeClassifier;
import org.kiosk.provisioning.JsonOutput;
import org.kiosk.provisioning.KioskCtl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Decodes the QR codes in image files and says what each is. A code's text is untrusted input: it is shown only with
 * {@code --reveal}, with control characters escaped so a code cannot drive the technician's terminal.
 */
@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Decode the QR codes in image files (PNG, JPEG, BMP, GIF) and classify them.",
                "With --keys and --issuer each code is verified against the platform's published keys;"
                        + " without, only the kind it claims is shown, unverified.",
                "Exit 0 when every file had a code, 1 when a file could not be read or had none."})
public final class QrDecodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Image files.")
    List<Path> files;

    @Mixin
    SignedCodeOptions signedCodes;

    @Option(names = "--reveal", description = "Print each code's text (untrusted: control characters escaped).")
    boolean reveal;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        Optional<CodeClassifier> classifier = signedCodes.classifier();
        QrImageDecoder decoder = new QrImageDecoder();
        List<Map<String, Object>> reports = new ArrayList<>();
        boolean allFound = true;
        for (Path file : files) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("file", file.toString());
            try (FileFrameSource source = new FileFrameSource(file)) {
                QrDecodeResult result = decoder.decode(source.next().orElseThrow().image());
                List<Map<String, Object>> codes = new ArrayList<>();
                for (DecodedQr code : result.codes()) {
                    codes.add(code(code, classifier));
                }
                report.put("codes", codes);
                report.put("oversizeDropped", result.oversize());
                allFound &= result.found();
            } catch (FrameException e) {
                report.put("error", e.getMessage());
                allFound = false;
            }
            reports.add(report);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, Map.of("verified", classifier.isPresent(), "files", reports));
        } else {
            printText(out, reports, classifier.isPresent());
        }
        return allFound ? 0 : KioskCtl.EXIT_FAILED;
    }

    private Map<String, Object> code(DecodedQr code, Optional<CodeClassifier> classifier) {
        Classification classification = SignedCodeOptions.classify(code.text(), classifier);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kind", classification.kind().name());
        report.put("status", classification.status().name());
        report.put("rejection", classification.rejection().map(Enum::name).orElse(null));
        report.put("length", code.text().length());
        List<Map<String, Float>> points = new ArrayList<>();
        for (DecodedQr.Point point : code.points()) {
            points.add(Map.of("x", point.x(), "y", point.y()));
        }
        report.put("points", points);
        if (reveal) {
            report.put("text", escapeControls(code.text()));
        }
        return report;
    }

    @SuppressWarnings("unchecked")
    private void printText(PrintWriter out, List<Map<String, Object>> reports, boolean verified) {
        if (!verified) {
            out.println("(no --keys: kinds are as claimed, not verified)");
        }
        for (Map<String, Object> report : reports) {
            if (report.containsKey("error")) {
                out.println(report.get("error"));
                continue;
            }
            List<Map<String, Object>> codes = (List<Map<String, Object>>) report.get("codes");
            out.println(report.get("file") + ": " + (codes.isEmpty() ? "no QR code found" : codes.size() + " code(s)"));
            int oversize = (int) report.get("oversizeDropped");
            if (oversize > 0) {
                out.println("  " + oversize + " code(s) dropped unread: longer than " + QrImageDecoder.MAX_TEXT_LENGTH
                        + " characters");
            }
            for (Map<String, Object> code : codes) {
                Object rejection = code.get("rejection");
                out.println("  " + code.get("kind") + " " + code.get("status") + (rejection == null ? "" : " " + rejection)
                        + ", " + code.get("length") + " characters");
                if (code.containsKey("text")) {
                    out.println("    " + code.get("text"));
                }
            }
        }
        out.flush();
    }

    /** C0 and C1 controls, DEL and bidirectional overrides as \\uXXXX: a code must not move the cursor or hide text. */
    static String escapeControls(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean control = Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT;
            if (control || c == '\\') {
                escaped.append(c == '\\' ? "\\\\" : String.format("\\u%04X", c));
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
