package org.kiosk.platform.model;

/** The simulator's counters (not part of the real platform). */
public record SimulatorStats(long cases, long applicationsInFlight, long appointments, long kiosks) {
}
