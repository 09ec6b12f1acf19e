package org.kiosk.app.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.kiosk.app.appointments.AppointmentDesk;
import org.kiosk.app.calendar.CentreSamples;
import org.kiosk.app.calendar.MatterAdvice;
import org.kiosk.app.catalogue.BundledServiceCatalogue;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.config.UiProperties;
import org.kiosk.app.ui.KioskUi;
import org.kiosk.app.ui.UiServices;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.screens.MatterScreen;
import org.kiosk.app.ui.service.LocalQueueTickets;
import org.kiosk.app.ui.session.ManualUiClock;
import org.kiosk.calendar.WorkingCalendars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The matter screen after hours and before holidays: accepted now, when staff start, the committed date, the counter. */
class MatterAdviceScreenTest extends FxRobot {

    private KioskUi ui;

    private void kioskAt(String time) throws Exception {
        Clock clock = Clock.fixed(ZonedDateTime.parse(time).toInstant(), ZoneId.of("Asia/Shanghai"));
        LocalQueueTickets tickets = new LocalQueueTickets(clock);
        UiServices services = new UiServices(BundledServiceCatalogue.load(), tickets, where -> { },
                new MatterAdvice(CentreSamples.tianhe(), WorkingCalendars::bundled, clock),
                AppointmentDesk.unavailable(tickets, ZoneId.of("Asia/Shanghai")));
        FxToolkit.registerPrimaryStage();
        KioskUi[] built = new KioskUi[1];
        FxToolkit.setupStage((Stage stage) -> {
            built[0] = new KioskUi(services, Texts.load(), UiProperties.defaults(), new ManualUiClock());
            stage.setScene(built[0].scene());
            stage.show();
        });
        ui = built[0];
        Matter matter = services.catalogue().categories().getFirst().matters().getFirst();
        interact(() -> ui.show(new MatterScreen(matter)));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    private String text(String id, UiLanguage language) {
        interact(() -> ui.setLanguage(language));
        return ((Label) ui.scene().lookup("#" + id)).getText();
    }

    @Test
    void at22OnTheEveOfNationalDayTheScreenSaysWhenStaffStartAndTheCommittedDate() throws Exception {
        kioskAt("2026-09-30T22:00:00+08:00[Asia/Shanghai]");

        assertThat(text("advice-now", UiLanguage.SIMPLIFIED_CHINESE)).contains("本机现在可以受理")
                .contains("工作人员开始办理时间：2026-10-08 09:00").contains("承诺办结日期：2026-10-14").doesNotContain("预计");
        assertThat(text("advice-counter", UiLanguage.SIMPLIFIED_CHINESE)).isEqualTo("人工窗口下次开放时间：2026-10-08 09:00");
        assertThat(text("advice-now", UiLanguage.TRADITIONAL_CHINESE)).contains("工作人員開始辦理時間：2026-10-08 09:00");
        assertThat(text("advice-now", UiLanguage.ENGLISH)).contains("accepts this application now")
                .contains("Staff processing starts: 2026-10-08 09:00").contains("Committed completion date: 2026-10-14");
    }

    @Test
    void aCommittedDateInAYearWithoutDataIsCalledAnEstimate() throws Exception {
        kioskAt("2026-12-30T10:00:00+08:00[Asia/Shanghai]");

        assertThat(text("advice-now", UiLanguage.SIMPLIFIED_CHINESE)).contains("此日期为预计");
        assertThat(text("advice-now", UiLanguage.TRADITIONAL_CHINESE)).contains("此日期為預計");
        assertThat(text("advice-now", UiLanguage.ENGLISH)).contains("This date is an estimate");
        assertThat(text("advice-counter", UiLanguage.ENGLISH)).isEqualTo("The counter is open now.");
    }
}
