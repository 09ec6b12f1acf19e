package org.kiosk.app.ops;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's {@code ops/} folder (alert rules, dashboard, metric table), found from the module directory. */
final class OpsFiles {

    private OpsFiles() {
    }

    static Path dir() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("ops/prometheus"))) {
                return dir.resolve("ops");
            }
        }
        throw new IllegalStateException("no ops/ folder above " + Path.of("").toAbsolutePath());
    }
}
