package org.kiosk.platform.model;

import java.time.OffsetDateTime;

/** A counter appointment slot and how many places are left in it. */
public record Slot(String slotId, String centreCode, String implementationCode, OffsetDateTime start, OffsetDateTime end,
                   int capacity, int remaining) {
}
