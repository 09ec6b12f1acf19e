package org.kiosk.provisioning.ports;

/**
 * One serial port of the machine.
 *
 * @param path        the kernel's name, e.g. {@code /dev/ttyUSB0}
 * @param stableName  its {@code /dev/serial/by-id/...} link, which survives re-plugging into another socket; null if none
 * @param description what the USB descriptor or driver says it is
 * @param vendorId    USB vendor id in hex, or null
 * @param productId   USB product id in hex, or null
 */
public record SerialPortInfo(String path, String stableName, String description, String vendorId, String productId) {

    /** The name to put in configuration: the stable one where it exists. */
    public String preferredName() {
        return stableName != null ? stableName : path;
    }
}
