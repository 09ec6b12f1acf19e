package org.kiosk.app.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The passport (eMRTD) reader behind PC/SC: {@code kiosk.passport.*}.
 *
 * @param enabled           {@code kiosk.passport.enabled}: drive a passport reader (needs pcscd running)
 * @param reader            {@code kiosk.passport.reader}: a regular expression found in the PC/SC reader's name; the
 *                          first matching reader is used (empty: the first reader)
 * @param cscaStore         {@code kiosk.passport.csca-store}: a directory of CSCA certificates or a keystore file;
 *                          without it no document's passive authentication can be VERIFIED
 * @param cscaStorePassword {@code kiosk.passport.csca-store-password}: the keystore's password, if it has one
 * @param pcscLibrary       {@code kiosk.passport.pcsc-library}: the pcsc-lite library javax.smartcardio loads
 * @param pollInterval      {@code kiosk.passport.poll-interval}: the longest single wait for a reader or chip change
 * @param chipWait          {@code kiosk.passport.chip-wait}: how long the citizen is given to lay the passport on the
 *                          reader once the machine-readable zone has been entered
 */
@ConfigurationProperties("kiosk.passport")
public record PassportProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String reader,
        Path cscaStore,
        String cscaStorePassword,
        @DefaultValue(PassportProperties.DEFAULT_PCSC_LIBRARY) Path pcscLibrary,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("2m") Duration chipWait) {

    /** Where Debian's libpcsclite1 puts the library on amd64. */
    public static final String DEFAULT_PCSC_LIBRARY = "/usr/lib/x86_64-linux-gnu/libpcsclite.so.1";

    public PassportProperties {
        try {
            Pattern.compile(reader);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("kiosk.passport.reader is not a valid regular expression: " + e.getDescription());
        }
        if (!pollInterval.isPositive()) {
            throw new IllegalArgumentException("kiosk.passport.poll-interval must be positive (e.g. 500ms)");
        }
        if (!chipWait.isPositive()) {
            throw new IllegalArgumentException("kiosk.passport.chip-wait must be positive (e.g. 2m)");
        }
        if (enabled && !Files.isReadable(pcscLibrary)) {
            throw new IllegalArgumentException("kiosk.passport.pcsc-library: no readable file at " + pcscLibrary
                    + " (install the Debian package libpcsclite1)");
        }
        if (enabled && cscaStore != null && !Files.exists(cscaStore)) {
            throw new IllegalArgumentException("kiosk.passport.csca-store: nothing at " + cscaStore
                    + " (a directory of CSCA certificates or a keystore file)");
        }
    }

    public Pattern readerPattern() {
        return Pattern.compile(reader);
    }
}
