package org.kiosk.platform.model;

import java.util.List;

public record MatterList(List<Matter> matters) {
}
