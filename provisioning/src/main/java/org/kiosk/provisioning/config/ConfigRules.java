package org.kiosk.provisioning.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.kiosk.device.fingerprint.FingerprintModule;
import org.kiosk.device.idcard.IdCardReader;
import org.kiosk.device.printer.PrinterProfile;

/**
 * The checks the kiosk application makes of the settings {@code kioskctl} writes, made before writing so that a
 * kiosk never starts on a file it refuses. Each rule mirrors the kiosk's configuration record of that key
 * ({@code org.kiosk.app.config}); other keys pass untouched.
 */
final class ConfigRules {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final List<String> QR_BAUDS = List.of("1200", "2400", "4800", "9600", "14400", "19200", "38400", "57600", "115200");

    private record Rule(Predicate<String> accepts, String allowed) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("kiosk.id", new Rule(v -> IDENTIFIER.matcher(v).matches(), "1 to 64 letters, digits, '.', '_' or '-'"));
        RULES.put("kiosk.data-dir", new Rule(v -> !v.isBlank(), "a folder"));
        RULES.put("kiosk.centre.name", new Rule(ConfigRules::plainText, "1 to 100 characters without control characters"));
        RULES.put("kiosk.ops.site", new Rule(v -> IDENTIFIER.matcher(v).matches(), "a site code: 1 to 64 letters, digits, '.', '_' or '-'"));
        RULES.put("kiosk.centre.hours.region", new Rule(v -> List.of("CN", "HK", "MO").contains(v), "one of CN, HK, MO"));
        RULES.put("kiosk.centre.code", new Rule(v -> IDENTIFIER.matcher(v).matches(),
                "the service centre's code: 1 to 64 letters, digits, '.', '_' or '-'"));
        RULES.put("kiosk.platform.url", new Rule(ConfigRules::platformUrl,
                "https://HOST[:PORT] (or http://127.0.0.1:PORT for a simulator's developer listener)"));
        for (String store : List.of("key-store", "key-store-password", "trust-store", "trust-store-password")) {
            RULES.put("kiosk.platform." + store, new Rule(v -> !v.isBlank(), "not empty (written by 'kioskctl enroll')"));
        }
        RULES.put("kiosk.printer.connection", new Rule(v -> List.of("simulated", "serial", "tcp").contains(v), "one of simulated, serial, tcp"));
        RULES.put("kiosk.printer.baud-rate", new Rule(v -> positive(v), "a whole number of bits per second, more than 0"));
        RULES.put("kiosk.printer.profile", new Rule(PrinterProfile.names()::contains, "one of " + String.join(", ", PrinterProfile.names())));
        RULES.put("kiosk.idcard.connection", new Rule(v -> List.of("simulated", "serial").contains(v), "one of simulated, serial"));
        RULES.put("kiosk.idcard.baud-rate", new Rule(v -> IdCardReader.BAUD_RATES.stream().map(String::valueOf).toList().contains(v),
                "one of " + join(IdCardReader.BAUD_RATES)));
        RULES.put("kiosk.fingerprint.connection", new Rule(v -> List.of("simulated", "serial").contains(v), "one of simulated, serial"));
        RULES.put("kiosk.fingerprint.baud-rate", new Rule(v -> FingerprintModule.BAUD_RATES.stream().map(String::valueOf).toList().contains(v),
                "N × 9600 for N from 1 to 12"));
        RULES.put("kiosk.fingerprint.password", new Rule(v -> v.matches("[0-9]{1,10}") && Long.parseLong(v) <= 0xFFFF_FFFFL,
                "0 to 4294967295"));
        RULES.put("kiosk.qr.connection", new Rule(v -> List.of("simulated", "serial").contains(v), "one of simulated, serial"));
        RULES.put("kiosk.qr.baud-rate", new Rule(QR_BAUDS::contains, "one of " + String.join(", ", QR_BAUDS)));
        RULES.put("kiosk.qr.suffix", new Rule(v -> org.kiosk.device.qr.codec.Terminator.named(v).isPresent(), "one of CR, LF, CRLF, ETX"));
        RULES.put("kiosk.passport.enabled", new Rule(v -> v.equals("true") || v.equals("false"), "true or false"));
        RULES.put("kiosk.passport.reader", new Rule(ConfigRules::regularExpression, "a regular expression, e.g. OMNIKEY"));
        for (String device : List.of("printer", "idcard", "fingerprint", "qr")) {
            RULES.put("kiosk." + device + ".serial-port", new Rule(v -> v.startsWith("/"), "an absolute path, preferably /dev/serial/by-id/..."));
        }
    }

    private ConfigRules() {
    }

    static void validate(Map<String, String> values) throws InvalidSettingException {
        for (Map.Entry<String, String> e : values.entrySet()) {
            Rule rule = RULES.get(e.getKey());
            if (rule != null && !rule.accepts().test(e.getValue())) {
                throw new InvalidSettingException(e.getKey(), "'" + printable(e.getValue()) + "' is not allowed; allowed: " + rule.allowed());
            }
        }
        for (String device : List.of("printer", "idcard", "fingerprint", "qr")) {
            if ("serial".equals(values.get("kiosk." + device + ".connection")) && !values.containsKey("kiosk." + device + ".serial-port")) {
                throw new InvalidSettingException("kiosk." + device + ".serial-port", "required when kiosk." + device + ".connection=serial");
            }
        }
        if ("tcp".equals(values.get("kiosk.printer.connection")) && !values.containsKey("kiosk.printer.tcp-address")) {
            throw new InvalidSettingException("kiosk.printer.tcp-address", "required when kiosk.printer.connection=tcp");
        }
        String url = values.get("kiosk.platform.url");
        if (url != null && url.startsWith("https:")) {
            for (String store : List.of("key-store", "key-store-password", "trust-store", "trust-store-password")) {
                if (!values.containsKey("kiosk.platform." + store)) {
                    throw new InvalidSettingException("kiosk.platform." + store,
                            "required with an https kiosk.platform.url: run 'kioskctl enroll' to write the kiosk's stores");
                }
            }
        }
    }

    private static boolean plainText(String v) {
        return !v.isBlank() && v.length() <= 100 && v.chars().noneMatch(Character::isISOControl);
    }

    private static boolean regularExpression(String v) {
        try {
            Pattern.compile(v);
            return true;
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    private static boolean positive(String v) {
        try {
            return Integer.parseInt(v) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean platformUrl(String v) {
        try {
            URI uri = new URI(v);
            if (uri.getHost() == null) {
                return false;
            }
            return "https".equals(uri.getScheme())
                    || "http".equals(uri.getScheme()) && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String join(List<Integer> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }

    /** Control characters of a bad value shown escaped, so the message stays on one line. */
    private static String printable(String v) {
        StringBuilder b = new StringBuilder();
        v.codePoints().forEach(c -> b.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
        return b.toString();
    }
}
