package org.kiosk.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.kiosk.app.catalogue.PlatformCatalogue;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.calendar.MatterAnswer;
import org.kiosk.calendar.Region;
import org.kiosk.calendar.WorkingCalendars;
import org.junit.jupiter.api.Test;
import org.kiosk.platform.sim.Catalogue;

/** What the kiosk tells a citizen about a matter, at the Tianhe centre of the bundled settings. */
class MatterAdviceTest {

    private static final ZonedDateTime EVE_OF_NATIONAL_DAY = ZonedDateTime.parse("2026-09-30T22:00:00+08:00[Asia/Shanghai]");

    private static MatterAdvice advice(Map<String, String> extra) throws Exception {
        Map<String, String> properties = new HashMap<>(CentreSamples.TIANHE);
        properties.putAll(extra);
        return new MatterAdvice(CentreSettings.fromProperties(properties), WorkingCalendars::bundled, Clock.systemUTC());
    }

    @Test
    void at22OnTheEveOfNationalDayAnAfterHoursMatterIsAcceptedAndStaffStartAfterTheHoliday() throws Exception {
        MatterAnswer answer = advice(Map.of("matters.social-security", "5,after-hours"))
                .answer("social-security", EVE_OF_NATIONAL_DAY.toInstant());

        assertThat(answer.acceptedNow()).isTrue();
        assertThat(answer.counterOpenNow()).isFalse();
        assertThat(answer.commitment()).hasValueSatisfying(c -> {
            assertThat(c.countsFrom()).isEqualTo(LocalDate.of(2026, 10, 8));
            assertThat(c.processingStarts()).isEqualTo(ZonedDateTime.parse("2026-10-08T09:00:00+08:00[Asia/Shanghai]"));
            // 9 Oct, the make-up Saturday 10 Oct, 12, 13, 14 Oct
            assertThat(c.completionDate()).isEqualTo(LocalDate.of(2026, 10, 14));
            assertThat(c.provisional()).isFalse();
        });
        assertThat(answer.counterNextOpening()).contains(ZonedDateTime.parse("2026-10-08T09:00:00+08:00[Asia/Shanghai]"));
    }

    @Test
    void aCounterHoursMatterIsNotAcceptedThenAndSaysWhenItWillBe() throws Exception {
        MatterAnswer answer = advice(Map.of("matters.id-card-renewal", "20,counter-hours"))
                .answer("id-card-renewal", EVE_OF_NATIONAL_DAY.toInstant());

        assertThat(answer.acceptedNow()).isFalse();
        assertThat(answer.acceptedFrom()).contains(ZonedDateTime.parse("2026-10-08T09:00:00+08:00[Asia/Shanghai]"));
        assertThat(answer.commitment()).hasValueSatisfying(c -> assertThat(c.countsFrom()).isEqualTo(LocalDate.of(2026, 10, 8)));
    }

    @Test
    void aCommittedDateInAYearWithoutDataIsAnEstimate() throws Exception {
        MatterAnswer answer = advice(Map.of()).answer("pension-record",
                ZonedDateTime.parse("2026-12-30T10:00:00+08:00[Asia/Shanghai]").toInstant());

        assertThat(answer.acceptedNow()).isTrue();
        assertThat(answer.provisional()).isTrue();
        assertThat(answer.commitment().orElseThrow().completionDate().getYear()).isEqualTo(2027);
    }

    private static org.kiosk.app.catalogue.Matter platformMatter(String implementationCode) throws Exception {
        return PlatformCatalogue.of(Catalogue.seeded().matters(), Texts.load()).matterByCode(implementationCode).orElseThrow();
    }

    @Test
    void aPlatformMatterBringsItsOwnTermsUnlessTheCentreListsIt() throws Exception {
        // the housing fund withdrawal: 3 working days, after hours
        org.kiosk.app.catalogue.Matter fund = platformMatter("11440100007436085C2000112005000");

        MatterAnswer own = advice(Map.of()).answer(fund, EVE_OF_NATIONAL_DAY.toInstant());
        MatterAnswer listed = advice(Map.of("matters.11440100007436085c2000112005000", "20,counter-hours"))
                .answer(fund, EVE_OF_NATIONAL_DAY.toInstant());

        assertThat(own.acceptedNow()).isTrue();
        // 9 Oct, the make-up Saturday 10 Oct, 12 Oct
        assertThat(own.commitment().orElseThrow().completionDate()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(listed.acceptedNow()).isFalse();
    }

    @Test
    void aCrossBoundaryMatterHandledInHongKongCountsHongKongWorkingDays() throws Exception {
        org.kiosk.app.catalogue.Matter hongKong = platformMatter("1144030000755734602000118090000");
        ZonedDateTime beforeChristmas = ZonedDateTime.parse("2026-12-23T10:00:00+08:00[Asia/Shanghai]");

        MatterAnswer answer = advice(Map.of()).answer(hongKong, beforeChristmas.toInstant());

        LocalDate countsFrom = answer.commitment().orElseThrow().countsFrom();
        assertThat(countsFrom).isEqualTo(LocalDate.of(2026, 12, 23));
        WorkingCalendars calendars = WorkingCalendars.bundled();
        LocalDate hongKongDue = calendars.of(Region.HK).plusWorkingDays(countsFrom, 7).date();
        assertThat(answer.commitment().orElseThrow().completionDate()).isEqualTo(hongKongDue)
                .isNotEqualTo(calendars.of(Region.CN).plusWorkingDays(countsFrom, 7).date());
    }
}
