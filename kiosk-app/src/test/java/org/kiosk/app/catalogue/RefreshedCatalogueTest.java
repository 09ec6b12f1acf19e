package org.kiosk.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.app.catalogue.RefreshedCatalogue.Failure;
import org.kiosk.app.catalogue.RefreshedCatalogue.Source;
import org.kiosk.app.storage.KioskDatabase;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.platform.client.PlatformClient;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.MatterList;
import org.kiosk.platform.model.Region;
import org.kiosk.platform.sim.Catalogue;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue fetched from the platform simulator over HTTP on loopback, kept in the kiosk's SQLite file: in use
 * once fetched, the stored copy after a restart without the platform, the bundled one when nothing was ever fetched,
 * the last good one when an answer is unreadable or incomplete, and a change picked up by the next refresh.
 */
@ExtendWith(OutputCaptureExtension.class)
class RefreshedCatalogueTest {

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    static SimulatorCatalogue platform;
    static final Texts TEXTS = Texts.load();
    private final AtomicReference<StoredCatalogue> opened = new AtomicReference<>();

    @BeforeAll
    static void startThePlatform() throws Exception {
        platform = new SimulatorCatalogue(shared);
    }

    @AfterAll
    static void stopThePlatform() {
        platform.close();
    }

    @AfterEach
    void closeAndReset() throws Exception {
        if (opened.get() != null) {
            opened.get().close();
        }
        platform.serve(Catalogue.seeded().matters());
    }

    private RefreshedCatalogue catalogue(PlatformClient client) throws Exception {
        if (opened.get() != null) {
            opened.get().close();
        }
        opened.set(new StoredCatalogue(KioskDatabase.file(dir)));
        return new RefreshedCatalogue(client == null ? null : client::matters, opened.get(), BundledServiceCatalogue.load(), TEXTS,
                Clock.systemUTC());
    }

    /** A client of a loopback port nothing listens on: the platform is down. */
    private static PlatformClient unreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return PlatformClient.builder(URI.create("http://127.0.0.1:" + port)).plainHttp().build();
    }

    @Test
    void theFetchedCatalogueIsInUseWithEverythingTheScreensNeed() throws Exception {
        RefreshedCatalogue catalogue = catalogue(platform.client);
        assertThat(catalogue.source()).isEqualTo(Source.BUNDLED);

        assertThat(catalogue.refresh()).isEmpty();

        assertThat(catalogue.source()).isEqualTo(Source.PLATFORM);
        assertThat(catalogue.fetchedAt()).isPresent();
        assertThat(catalogue.categories()).extracting(ServiceCategory::id)
                .containsExactly("social-security", "housing", "residence-travel", "business-tax", "family");
        assertThat(catalogue.categories().stream().mapToInt(c -> c.matters().size()).sum()).isEqualTo(Catalogue.seeded().matters().size());
        Matter fund = catalogue.matterByCode(SimulatorCatalogue.FUND).orElseThrow();
        assertThat(catalogue.categoryOf(fund).orElseThrow().name().in(UiLanguage.SIMPLIFIED_CHINESE)).isEqualTo("住房公积金");
        assertThat(fund.name().in(UiLanguage.TRADITIONAL_CHINESE)).isEqualTo("住房公積金提取（租房）");
        assertThat(fund.application().orElseThrow().schema().fields()).extracting(f -> f.name())
                .containsExactly("applicantName", "documentNumber", "phone", "bankAccount", "monthlyRent");
        PlatformTerms terms = fund.terms().orElseThrow();
        assertThat(terms.acceptedDocuments()).containsExactly(DocumentType.RESIDENT_ID, DocumentType.HMT_RESIDENCE_PERMIT);
        assertThat(terms.fingerprintOffered()).isTrue();
        assertThat(terms.committedWorkingDays()).isEqualTo(3);
        assertThat(terms.calendarRegion()).isEqualTo(Region.CN);
        assertThat(fund.needed()).extracting(t -> t.in(UiLanguage.ENGLISH))
                .containsExactly("One of these documents: resident ID card, residence permit for Hong Kong, Macao and Taiwan residents",
                        "The details the form asks for: Mobile number, Bank account number, Monthly rent (CNY)");
        assertThat(fund.hours().in(UiLanguage.SIMPLIFIED_CHINESE)).startsWith("自助终端全天受理");
        assertThat(fund.counter().in(UiLanguage.ENGLISH)).contains("general counter").endsWith("A counter appointment can also be booked.");
        Matter hongKong = catalogue.matterByCode("1144030000755734602000118090000").orElseThrow();
        assertThat(hongKong.terms().orElseThrow().calendarRegion()).isEqualTo(Region.HK);
        assertThat(catalogue.matterByCode("11440100007436085C2000112005000")).isPresent();
    }

    @Test
    void aRestartWithThePlatformDownShowsTheLastStoredCopy() throws Exception {
        platform.serveChanged(SimulatorCatalogue.FUND, m -> SimulatorCatalogue.renamed(m, "Rent withdrawal, as stored"));
        assertThat(catalogue(platform.client).refresh()).isEmpty();

        RefreshedCatalogue restarted = catalogue(unreachable());

        assertThat(restarted.source()).isEqualTo(Source.STORED);
        assertThat(restarted.matterByCode(SimulatorCatalogue.FUND).orElseThrow().name().in(UiLanguage.ENGLISH))
                .isEqualTo("Rent withdrawal, as stored");
        assertThat(restarted.refresh()).contains(Failure.UNAVAILABLE);
        assertThat(restarted.source()).isEqualTo(Source.STORED);
        assertThat(restarted.failures(Failure.UNAVAILABLE)).isEqualTo(1);
        assertThat(restarted.matter("provident-fund-rent")).as("the bundled catalogue's id").isEmpty();
    }

    @Test
    void neverFetchedAndThePlatformDownShowsTheBundledCatalogue() throws Exception {
        RefreshedCatalogue catalogue = catalogue(unreachable());

        assertThat(catalogue.refresh()).contains(Failure.UNAVAILABLE);

        assertThat(catalogue.source()).isEqualTo(Source.BUNDLED);
        assertThat(catalogue.fetchedAt()).isEmpty();
        assertThat(catalogue.matter("provident-fund-rent").orElseThrow().application().orElseThrow().implementationCode())
                .isEqualTo(SimulatorCatalogue.FUND);
        assertThat(catalogue.matterByCode(SimulatorCatalogue.FUND)).isPresent();
    }

    @Test
    void aStoredCopyThatNoLongerReadsGivesTheBundledCatalogueWithAClearLogLine(CapturedOutput log) throws Exception {
        assertThat(catalogue(platform.client).refresh()).isEmpty();
        opened.get().close();
        opened.set(null);
        try (Connection db = KioskDatabase.open(KioskDatabase.file(dir)); Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE platform_catalogue SET matters = X'7B226D617474657273223A'");
        }

        RefreshedCatalogue restarted = catalogue(unreachable());

        assertThat(restarted.source()).isEqualTo(Source.BUNDLED);
        assertThat(restarted.matter("provident-fund-rent")).isPresent();
        assertThat(log.getAll()).contains("Catalogue: the stored copy is unusable, the bundled catalogue is in use: the stored catalogue is unreadable");
    }

    @Test
    void anIncompleteAnswerKeepsTheLastGoodCatalogueWithAClearLogLine(CapturedOutput log) throws Exception {
        RefreshedCatalogue catalogue = catalogue(platform.client);
        assertThat(catalogue.refresh()).isEmpty();
        platform.serveChanged(SimulatorCatalogue.FUND, SimulatorCatalogue::withoutCounter);

        assertThat(catalogue.refresh()).contains(Failure.INVALID);

        assertThat(catalogue.source()).isEqualTo(Source.PLATFORM);
        assertThat(catalogue.matterByCode(SimulatorCatalogue.FUND).orElseThrow().counter().in(UiLanguage.ENGLISH)).contains("general counter");
        assertThat(catalogue.failures(Failure.INVALID)).isEqualTo(1);
        assertThat(log.getAll()).contains("Catalogue from the platform refused, the previously fetched catalogue stays in use: matter "
                + SimulatorCatalogue.FUND + ".counterAlternative is missing");
        // and after a restart, the stored copy is the last good one
        assertThat(catalogue(platform.client).matterByCode(SimulatorCatalogue.FUND).orElseThrow().counter().in(UiLanguage.ENGLISH))
                .contains("general counter");
    }

    @Test
    void anUnreadableAnswerKeepsTheLastGoodCatalogue(CapturedOutput log) throws Exception {
        RefreshedCatalogue stored = catalogue(platform.client);
        assertThat(stored.refresh()).isEmpty();
        AtomicReference<String> body = new AtomicReference<>();
        HttpServer garbage = answering(body);
        try {
            RefreshedCatalogue catalogue = catalogue(clientOf(garbage));
            assertThat(catalogue.source()).isEqualTo(Source.STORED);
            for (String answer : new String[] {"<html>maintenance</html>", "{\"matters\": [", "{\"matters\": []}",
                    "{\"matters\": [{\"implementationCode\": \"11440100007436085C2000112005000\"}]}", "null"}) {
                body.set(answer);
                assertThat(catalogue.refresh()).as(answer).isPresent();
                assertThat(catalogue.source()).as(answer).isEqualTo(Source.STORED);
                assertThat(catalogue.matterByCode(SimulatorCatalogue.FUND)).as(answer).isPresent();
            }
            assertThat(catalogue.failures(Failure.UNAVAILABLE) + catalogue.failures(Failure.INVALID)).isEqualTo(5);
            assertThat(log.getAll()).contains("the platform's reply is not a readable MatterList")
                    .contains("the platform's catalogue lists no matters");
        } finally {
            garbage.stop(0);
        }
    }

    @Test
    void aDocumentTypeALaterPlatformAddedIsLeftOutAndTheRestOfTheAnswerTaken() throws Exception {
        String seeded = JsonMapper.builder().build().writeValueAsString(new MatterList(Catalogue.seeded().matters()));
        String withNewType = seeded.replace("\"acceptedDocuments\":[\"RESIDENT_ID\"", "\"acceptedDocuments\":[\"MILITARY_ID\",\"RESIDENT_ID\"");
        assertThat(withNewType).isNotEqualTo(seeded);
        HttpServer later = answering(new AtomicReference<>(withNewType));
        try {
            RefreshedCatalogue catalogue = catalogue(clientOf(later));
            assertThat(catalogue.refresh()).isEmpty();
            assertThat(catalogue.source()).isEqualTo(Source.PLATFORM);
            assertThat(catalogue.matterByCode(SimulatorCatalogue.FUND).orElseThrow().terms().orElseThrow().acceptedDocuments())
                    .containsExactly(DocumentType.RESIDENT_ID, DocumentType.HMT_RESIDENCE_PERMIT);
        } finally {
            later.stop(0);
        }
    }

    @Test
    void aRefreshPicksUpAChangeAndAMatterAlreadyTakenKeepsItsFormAndName() throws Exception {
        RefreshedCatalogue catalogue = catalogue(platform.client);
        assertThat(catalogue.refresh()).isEmpty();
        Matter started = catalogue.matterByCode(SimulatorCatalogue.FUND).orElseThrow();

        platform.serveChanged(SimulatorCatalogue.FUND,
                m -> SimulatorCatalogue.withoutField(SimulatorCatalogue.renamed(m, "Rent withdrawal (new rules)"), "monthlyRent"));
        assertThat(catalogue.refresh()).isEmpty();

        Matter now = catalogue.matterByCode(SimulatorCatalogue.FUND).orElseThrow();
        assertThat(now.name().in(UiLanguage.ENGLISH)).isEqualTo("Rent withdrawal (new rules)");
        assertThat(now.application().orElseThrow().schema().fields()).extracting(f -> f.name()).doesNotContain("monthlyRent");
        assertThat(started.name().in(UiLanguage.ENGLISH)).isEqualTo("Housing provident fund withdrawal for rent");
        assertThat(started.application().orElseThrow().schema().fields()).extracting(f -> f.name()).contains("monthlyRent");
    }

    /** A loopback server answering every request with the JSON in {@code body}. */
    private static HttpServer answering(AtomicReference<String> body) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static PlatformClient clientOf(HttpServer server) {
        return PlatformClient.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort())).plainHttp().build();
    }
}
