package org.kiosk.app.catalogue;

import java.util.List;

/** A group of matters on the home screen (e.g. household registration, social security). */
public record ServiceCategory(String id, LocalizedText name, List<Matter> matters) {

    public ServiceCategory {
        matters = List.copyOf(matters);
    }
}
