package org.kiosk.sim.printer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** The real programs these tests run; a missing one fails the test with the Debian package to install. */
final class ExternalTools {

    private ExternalTools() {
    }

    static void require(String command, String debianPackage) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return;
            }
        }
        fail("'" + command + "' not found on PATH: install the Debian package " + debianPackage);
    }
}
