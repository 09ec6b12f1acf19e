package org.kiosk.device.qr;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kiosk.device.mrz.MrzData;
import org.kiosk.device.mrz.MrzException;
import org.kiosk.device.mrz.MrzFormat;
import org.kiosk.device.mrz.MrzParser;

/**
 * One thing read on the scanner. The code's content is untrusted input and may be personal data: no
 * {@code toString} shows it, and it must never be logged.
 */
public sealed interface Scan permits Scan.Text, Scan.Mrz, Scan.Unreadable {

    /** When the scanner sent it. */
    Instant at();

    /** A code read as text. */
    record Text(String text, Charset charset, Instant at) implements Scan {
        public Text {
            Objects.requireNonNull(text);
            Objects.requireNonNull(charset);
            Objects.requireNonNull(at);
        }

        @Override
        public String toString() {
            return "Scan.Text[" + text.length() + " chars, " + charset.name() + "]";
        }
    }

    /**
     * A machine-readable zone sent by a document scanner as two or three lines: its fields when every check digit
     * passed, otherwise why not.
     *
     * @param format  the format the lines have, when they have one
     * @param data    the fields, when the zone is valid
     * @param failure why the zone is not valid
     */
    record Mrz(Optional<MrzFormat> format, Optional<MrzData> data, Optional<MrzException> failure, Instant at)
            implements Scan {

        public Mrz {
            Objects.requireNonNull(format);
            Objects.requireNonNull(data);
            Objects.requireNonNull(failure);
            Objects.requireNonNull(at);
            if (data.isPresent() == failure.isPresent()) {
                throw new IllegalArgumentException("a zone has either its fields or a failure");
            }
        }

        /** Parses the lines of a zone. */
        public static Mrz of(List<String> lines, Instant at) {
            Optional<MrzFormat> format = MrzParser.recognise(lines);
            try {
                return new Mrz(format, Optional.of(MrzParser.parse(lines)), Optional.empty(), at);
            } catch (MrzException e) {
                return new Mrz(format, Optional.empty(), Optional.of(e), at);
            }
        }

        public boolean isValid() {
            return data.isPresent();
        }

        @Override
        public String toString() {
            return "Scan.Mrz[" + format.map(Enum::name).orElse("no format") + ", "
                    + failure.map(e -> e.reason() + " in " + e.field()).orElse("valid") + "]";
        }
    }

    /**
     * Something came from the scanner but could not be read.
     *
     * @param detail what was wrong, without any of the content
     */
    record Unreadable(QrScannerError error, String detail, Instant at) implements Scan {
        public Unreadable {
            Objects.requireNonNull(error);
            Objects.requireNonNull(detail);
            Objects.requireNonNull(at);
        }
    }
}
