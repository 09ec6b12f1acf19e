package org.kiosk.app.ui;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.kiosk.app.appointments.AppointmentDesk;
import org.kiosk.app.calendar.CentreSamples;
import org.kiosk.app.calendar.MatterAdvice;
import org.kiosk.app.catalogue.BundledServiceCatalogue;
import org.kiosk.app.catalogue.ServiceCatalogue;
import org.kiosk.app.config.UiProperties;
import org.kiosk.app.journey.EncoderQrImages;
import org.kiosk.app.ops.SessionMetrics;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.service.BiometricCheck;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.service.LocalQueueTickets;
import org.kiosk.app.ui.service.PassportIdentification;
import org.kiosk.app.ui.service.PhoneIdentification;
import org.kiosk.app.ui.service.StaffCall;
import org.kiosk.app.ui.session.ManualUiClock;
import org.kiosk.calendar.WorkingCalendars;
import org.testfx.api.FxToolkit;

/**
 * The kiosk's screens on a manual clock, shown in TestFX's stage on Monocle's headless platform, with the bundled
 * catalogue (or one given), local ticket numbering, a staff call that remembers where it was made from, and a speaker
 * that records what it is asked to say.
 */
public final class ScreensFixture {

    public final ManualUiClock clock = new ManualUiClock();
    public final List<String> staffCalls = new CopyOnWriteArrayList<>();
    public final Texts texts = Texts.load();
    public final KioskUi ui;
    /** The visits the screens counted. */
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** What the screens read aloud. */
    public final RecordingSpeech speech = new RecordingSpeech();

    public ScreensFixture() throws Exception {
        this(UiProperties.defaults());
    }

    public ScreensFixture(UiProperties properties) throws Exception {
        this(properties, BundledServiceCatalogue.load());
    }

    /** The screens showing {@code catalogue}. */
    public ScreensFixture(UiProperties properties, ServiceCatalogue catalogue) throws Exception {
        FxToolkit.registerPrimaryStage();
        StaffCall call = staffCalls::add;
        Clock fixed = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        LocalQueueTickets tickets = new LocalQueueTickets(fixed);
        SessionMetrics sessions = new SessionMetrics();
        sessions.bindTo(meters);
        UiServices services = new UiServices(catalogue, tickets, call,
                new MatterAdvice(CentreSamples.tianhe(), WorkingCalendars::bundled, fixed),
                AppointmentDesk.unavailable(tickets, ZoneId.of("Asia/Shanghai")), Identification.NONE, PhoneIdentification.NONE,
                BiometricCheck.NONE, null, null, new EncoderQrImages(), sessions, PassportIdentification.NONE, speech);
        KioskUi[] built = new KioskUi[1];
        FxToolkit.setupStage((Stage stage) -> {
            built[0] = new KioskUi(services, texts, properties, clock);
            stage.setScene(built[0].scene());
            stage.show();
        });
        ui = built[0];
    }
}
