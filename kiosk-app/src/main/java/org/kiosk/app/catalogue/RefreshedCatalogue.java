package org.kiosk.app.catalogue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.model.Matter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue the screens show: the platform's, refreshed by {@link #refresh()}; until the first refresh succeeds,
 * the last copy accepted earlier (kept in the kiosk's SQLite file), or the bundled catalogue when none was ever
 * accepted. An answer that cannot be fetched, or is malformed or partial, is logged and counted and the catalogue in
 * use stays. Screens and journeys hold the {@link org.kiosk.app.catalogue.Matter} they were given, so a refresh never
 * changes a journey already started. Thread-safe.
 */
public final class RefreshedCatalogue implements ServiceCatalogue {

    /** Where the catalogue in use comes from. */
    public enum Source { BUNDLED, STORED, PLATFORM }

    /** Why a refresh kept the catalogue in use. */
    public enum Failure { UNAVAILABLE, INVALID }

    /** Where the platform's matters come from: {@code PlatformClient::matters}. */
    @FunctionalInterface
    public interface MatterSource {
        List<Matter> matters() throws PlatformException;
    }

    /** The catalogue in use, where it came from, and when it was fetched from the platform (null when bundled). */
    private record InUse(ServiceCatalogue catalogue, Source source, Instant fetchedAt, List<Matter> matters) {
    }

    private static final Logger log = LoggerFactory.getLogger(RefreshedCatalogue.class);

    private final MatterSource source;
    private final StoredCatalogue store;
    private final Texts texts;
    private final Clock clock;
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicLong invalid = new AtomicLong();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private volatile InUse inUse;

    /**
     * Starts with the stored copy, or {@code bundled} when there is none or it no longer passes the checks.
     *
     * @param source the platform, or null when none is configured (the stored or bundled catalogue stays)
     */
    public RefreshedCatalogue(MatterSource source, StoredCatalogue store, ServiceCatalogue bundled, Texts texts, Clock clock) {
        this.source = source;
        this.store = Objects.requireNonNull(store, "store");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.inUse = new InUse(Objects.requireNonNull(bundled, "bundled"), Source.BUNDLED, null, List.of());
        try {
            Optional<StoredCatalogue.Copy> stored = store.load();
            if (stored.isPresent()) {
                inUse = new InUse(PlatformCatalogue.of(stored.get().matters(), texts), Source.STORED, stored.get().fetchedAt(),
                        stored.get().matters());
                log.info("Catalogue: the copy fetched from the platform at {} is in use until the next refresh ({} matters)",
                        stored.get().fetchedAt(), stored.get().matters().size());
            } else {
                log.info("Catalogue: none was ever fetched from the platform; the bundled catalogue is in use");
            }
        } catch (SQLException | CatalogueException e) {
            log.error("Catalogue: the stored copy is unusable, the bundled catalogue is in use: {}", e.getMessage());
        }
    }

    /**
     * Fetches the platform's catalogue and, if it passes the checks, puts it in use and stores it.
     *
     * @return the failure that kept the catalogue in use, empty when the platform's answer is in use
     */
    public Optional<Failure> refresh() {
        if (source == null) {
            return Optional.of(Failure.UNAVAILABLE);
        }
        List<Matter> matters;
        try {
            matters = source.matters();
        } catch (PlatformException e) {
            unavailable.incrementAndGet();
            log.warn("Catalogue not refreshed, the {} catalogue stays in use: {}", describe(inUse.source()), e.getMessage());
            return Optional.of(Failure.UNAVAILABLE);
        }
        PlatformCatalogue fetched;
        try {
            fetched = PlatformCatalogue.of(matters, texts);
        } catch (CatalogueException e) {
            invalid.incrementAndGet();
            log.error("Catalogue from the platform refused, the {} catalogue stays in use: {}", describe(inUse.source()), e.getMessage());
            return Optional.of(Failure.INVALID);
        }
        Instant now = clock.instant();
        boolean changed = !matters.equals(inUse.matters());
        inUse = new InUse(fetched, Source.PLATFORM, now, List.copyOf(matters));
        try {
            store.save(new StoredCatalogue.Copy(now, matters));
        } catch (SQLException e) {
            log.error("Catalogue from the platform in use but not stored (a restart without the platform shows the previous copy): {}",
                    e.getMessage());
        }
        if (changed) {
            log.info("Catalogue from the platform in use: {} matters in {} categories", matters.size(), fetched.categories().size());
            changeListeners.forEach(Runnable::run);
        }
        return Optional.empty();
    }

    private static String describe(Source source) {
        return switch (source) {
            case BUNDLED -> "bundled";
            case STORED -> "stored";
            case PLATFORM -> "previously fetched";
        };
    }

    /** Runs {@code listener} on the refreshing thread each time a changed catalogue goes in use. */
    public void onChange(Runnable listener) {
        changeListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public List<ServiceCategory> categories() {
        return inUse.catalogue().categories();
    }

    public Source source() {
        return inUse.source();
    }

    /** When the catalogue in use was fetched from the platform; empty while the bundled one is in use. */
    public Optional<Instant> fetchedAt() {
        return Optional.ofNullable(inUse.fetchedAt());
    }

    /** Refreshes that kept the catalogue in use, since start, for {@code failure}. */
    public long failures(Failure failure) {
        return failure == Failure.UNAVAILABLE ? unavailable.get() : invalid.get();
    }
}
