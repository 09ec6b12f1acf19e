package org.kiosk.platform.sim;

import java.nio.file.Path;
import java.time.Clock;

/**
 * How a simulator runs.
 *
 * @param port            the mutual-TLS port (0 picks a free one)
 * @param dataDir         its storage: SQLite database, test CA, provisioning key
 * @param dev             also serve plain HTTP on 127.0.0.1, without client certificates
 * @param devPort         the plain-HTTP port (0 picks a free one)
 * @param provisioningKey the key technicians present to enrol a kiosk
 * @param clock           the platform's clock
 */
record SimulatorSettings(int port, Path dataDir, boolean dev, int devPort, String provisioningKey, Clock clock) {
}
