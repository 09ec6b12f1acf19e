package org.kiosk.platform.model;

/** The offline channel for a matter, offered at every step. */
public record CounterAlternative(LocalizedText description, boolean appointmentAvailable) {
}
