package org.kiosk.provisioning.detect;

/** What a handshake learnt about the device that answered it; null fields where the device does not tell. */
record Identification(String model, String firmware, String serial, String note) {
}
