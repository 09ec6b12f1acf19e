package org.kiosk.platform.model;

import java.util.List;

public record CentreList(List<Centre> centres) {
}
