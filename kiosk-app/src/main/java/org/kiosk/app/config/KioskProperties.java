package org.kiosk.app.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The kiosk itself: {@code kiosk.*}.
 *
 * @param outputDir          {@code kiosk.output-dir}: where simulated receipts (PNG) and archive copies (PDF) go
 * @param printSampleOnStart {@code kiosk.print-sample-on-start}: print the sample receipt once the printer is ready
 * @param pdfFont            {@code kiosk.pdf-font}: a TrueType font (or collection) with Chinese glyphs for PDFs
 * @param id                 {@code kiosk.id}: this kiosk's identifier in consent records, heartbeats and reports
 * @param dataDir            {@code kiosk.data-dir}: the kiosk's own storage (the SQLite file)
 */
@ConfigurationProperties("kiosk")
public record KioskProperties(
        @DefaultValue("kiosk-output") Path outputDir,
        @DefaultValue("true") boolean printSampleOnStart,
        @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") Path pdfFont,
        @DefaultValue("kiosk-demo") String id,
        @DefaultValue("kiosk-data") Path dataDir) {

    public KioskProperties {
        if (id.isBlank() || !id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("kiosk.id must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }
}
