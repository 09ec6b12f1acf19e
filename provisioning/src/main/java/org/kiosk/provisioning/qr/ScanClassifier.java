package org.kiosk.provisioning.qr;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kiosk.device.qr.Scan;

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

    /** By shape only: a machine-readable zone, any other text, or something unreadable. */
    static ScanClassifier structural() {
        return scan -> switch (scan) {
            case Scan.Mrz mrz -> Classification.of("MRZ");
            case Scan.Text text -> Classification.of("TEXT");
            case Scan.Unreadable unreadable -> Classification.of("UNREADABLE");
        };
    }
}
