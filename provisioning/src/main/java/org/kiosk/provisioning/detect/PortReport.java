package org.kiosk.provisioning.detect;

/**
 * One probed port.
 *
 * @param port       the path probed, as given
 * @param stablePath its {@code /dev/serial/by-id/...} link, or null when none points at it
 * @param kind       what answered
 * @param baud       the speed it answered at; null when nothing did
 * @param model      what the device says it is, or null
 * @param firmware   its firmware version where it tells, or null
 * @param serial     its serial number (for an ID-card reader: the SAM id) where it tells, or null
 * @param note       why a port is {@link PortKind#UNKNOWN}, or a detail of the device found
 * @param probeMillis how long the port's probe took
 */
public record PortReport(String port, String stablePath, PortKind kind, Integer baud, String model, String firmware,
                         String serial, String note, long probeMillis) {

    /** The name to configure: the stable one where it exists. */
    public String preferredPath() {
        return stablePath != null ? stablePath : port;
    }

    static PortReport unknown(String port, String stablePath, String note) {
        return new PortReport(port, stablePath, PortKind.UNKNOWN, null, null, null, null, note, 0);
    }

    PortReport took(long millis) {
        return new PortReport(port, stablePath, kind, baud, model, firmware, serial, note, millis);
    }
}
