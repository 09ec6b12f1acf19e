package org.kiosk.platform.model;

import java.util.List;

public record SlotList(List<Slot> slots) {
}
