package org.kiosk.app.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * The matters this kiosk offers, by category. The platform's catalogue implements it once it is integrated;
 * {@link BundledServiceCatalogue} is the copy shipped with the kiosk for when the platform cannot be reached.
 */
public interface ServiceCatalogue {

    List<ServiceCategory> categories();

    default Optional<ServiceCategory> category(String id) {
        return categories().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    default Optional<Matter> matter(String id) {
        return categories().stream().flatMap(c -> c.matters().stream()).filter(m -> m.id().equals(id)).findFirst();
    }
}
