package org.kiosk.provisioning.qr;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kiosk.device.qr.Scan;
import org.kiosk.platform.code.CodeClassifier;
import org.kiosk.platform.code.CodeKind;

/**
 * Tells what a scan is for the technician: a {@code kind} and details that never include personal data unless the
 * caller reveals them. {@code qr listen} classifies every scan through the one classifier it is given.
 */
@FunctionalInterface
public interface ScanClassifier {

    /**
     * What a scan is.
     *
     * @param kind    e.g. {@code MRZ}, {@code TEXT}, {@code UNREADABLE}
     * @param details further fields for the report (validity, why not), in order
     */
    record Classification(String kind, Map<String, Object> details) {
        public Classification {
            details = new LinkedHashMap<>(details);
        }

        public static Classification of(String kind) {
            return new Classification(kind, Map.of());
        }
    }

    Classification classify(Scan scan);

    /**
     * A machine-readable zone, one of the platform's signed codes (its kind, and whether it verified against the given
     * classifier's keys, or only as claimed without one), any other text, or something unreadable.
     */
    static ScanClassifier signedCodes(Optional<CodeClassifier> classifier) {
        return scan -> switch (scan) {
            case Scan.Mrz mrz -> Classification.of("MRZ");
            case Scan.Unreadable unreadable -> Classification.of("UNREADABLE");
            case Scan.Text text -> {
                org.kiosk.platform.code.Classification code = SignedCodeOptions.classify(text.text(), classifier);
                String kind = code.kind() == CodeKind.UNKNOWN ? "TEXT" : code.kind().name();
                if (classifier.isEmpty() && code.kind() == CodeKind.UNKNOWN) {
                    yield Classification.of(kind);
                }
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("status", code.status().name());
                details.put("rejection", code.rejection().map(Enum::name).orElse(null));
                yield new Classification(kind, details);
            }
        };
    }
}
