package org.kiosk.app.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * The matters this kiosk offers, by category: {@link PlatformCatalogue} as fetched from the platform, or
 * {@link BundledServiceCatalogue}, the copy shipped with the kiosk; {@link RefreshedCatalogue} serves whichever is in use.
 */
public interface ServiceCatalogue {

    List<ServiceCategory> categories();

    default Optional<ServiceCategory> category(String id) {
        return categories().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    default Optional<Matter> matter(String id) {
        return categories().stream().flatMap(c -> c.matters().stream()).filter(m -> m.id().equals(id)).findFirst();
    }

    /** The matter the kiosk takes applications for under the platform's {@code implementationCode}, in any catalogue. */
    default Optional<Matter> matterByCode(String implementationCode) {
        return categories().stream().flatMap(c -> c.matters().stream())
                .filter(m -> m.application().map(a -> a.implementationCode().equals(implementationCode)).orElse(false)).findFirst();
    }

    /** The category listing {@code matter}. */
    default Optional<ServiceCategory> categoryOf(Matter matter) {
        return categories().stream().filter(c -> c.matters().stream().anyMatch(m -> m.id().equals(matter.id()))).findFirst();
    }
}
