package org.kiosk.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.kiosk.app.ui.i18n.Texts;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.platform.model.Availability;
import org.kiosk.platform.model.FormField;
import org.kiosk.platform.model.FormSchema;
import org.kiosk.platform.model.LocalizedText;
import org.kiosk.platform.model.Matter;
import org.kiosk.platform.sim.Catalogue;

/** The platform's matters checked and worded for the screens; every incomplete or malformed part refused by name. */
class PlatformCatalogueTest {

    private static final Texts TEXTS = Texts.load();
    private static final List<Matter> SEEDED = Catalogue.seeded().matters();
    private static final Matter FUND = SEEDED.stream().filter(m -> m.implementationCode().equals(SimulatorCatalogue.FUND)).findFirst()
            .orElseThrow();

    /** The seeded matters with the fund matter changed by {@code change}. */
    private static List<Matter> changed(UnaryOperator<Matter> change) {
        List<Matter> matters = new ArrayList<>();
        SEEDED.forEach(m -> matters.add(m == FUND ? change.apply(m) : m));
        return matters;
    }

    private static Matter with(Matter m, LocalizedText name, FormSchema form, Availability availability, int days) {
        return new Matter(m.basicCode(), m.implementationCode(), m.businessItemCode(), m.department(), name, m.identityLevel(),
                m.acceptedDocuments(), m.fingerprintOffered(), form, availability, days, m.calendarRegion(), m.crossBoundary(),
                m.counterAlternative(), m.theme());
    }

    private static void refused(List<Matter> matters, String message) {
        assertThatThrownBy(() -> PlatformCatalogue.of(matters, TEXTS)).isInstanceOf(CatalogueException.class).hasMessage(message);
    }

    @Test
    void mattersWithoutAThemeAreListedUnderTheirImplementingBody() throws CatalogueException {
        PlatformCatalogue catalogue = PlatformCatalogue.of(changed(m -> m.withTheme(null)), TEXTS);

        ServiceCategory body = catalogue.category("11440100007436085c").orElseThrow();
        assertThat(body.name().in(UiLanguage.ENGLISH)).isEqualTo("Guangzhou Housing Provident Fund Management Centre");
        assertThat(body.matters()).extracting(org.kiosk.app.catalogue.Matter::id).containsExactly(SimulatorCatalogue.FUND);
        assertThat(catalogue.category("housing").orElseThrow().matters()).hasSize(1);
    }

    @Test
    void anEmptyOrRepeatedListOrAMalformedCodeIsRefused() {
        refused(List.of(), "the platform's catalogue lists no matters");
        refused(List.of(FUND, FUND), "matter " + SimulatorCatalogue.FUND + " is listed twice");
        Matter badCode = new Matter(FUND.basicCode(), "11440100-FUND", FUND.businessItemCode(), FUND.department(), FUND.name(),
                FUND.identityLevel(), FUND.acceptedDocuments(), FUND.fingerprintOffered(), FUND.form(), FUND.availability(),
                FUND.committedWorkingDays(), FUND.calendarRegion(), FUND.crossBoundary(), FUND.counterAlternative(), FUND.theme());
        refused(List.of(FUND, badCode),
                "matters[1].implementationCode is missing or not a unified social credit code followed by the matter's code");
    }

    @Test
    void eachIncompleteOrMalformedPartIsRefusedByName() {
        String at = "matter " + SimulatorCatalogue.FUND;
        refused(changed(m -> with(m, new LocalizedText("名称", " ", "Name"), m.form(), m.availability(), 3)),
                at + ".name must have zh-CN, zh-HK and en texts");
        refused(changed(m -> with(m, m.name(), null, m.availability(), 3)), at + ".form is missing");
        refused(changed(m -> with(m, m.name(), m.form(), new Availability("9:00", "24:00", true), 3)),
                at + ".availability needs kioskOpens and kioskCloses as HH:mm (closing 24:00 = all day)");
        refused(changed(m -> with(m, m.name(), m.form(), m.availability(), -1)), at + ".committedWorkingDays must be 0 to 3660, got -1");
        FormField select = new FormField("choice", FormField.Type.SELECT, m("选择"), true, null, null, null, List.of(), null);
        refused(changed(m -> with(m, m.name(), new FormSchema(List.of(select)), m.availability(), 3)),
                at + ".form.fields[0] is a choice without options");
        FormField pattern = new FormField("amount", FormField.Type.TEXT, m("金额"), true, "[0-9", null, null, null, null);
        assertThatThrownBy(() -> PlatformCatalogue.of(changed(m -> with(m, m.name(), new FormSchema(List.of(pattern)), m.availability(), 3)),
                TEXTS)).isInstanceOf(CatalogueException.class).hasMessageStartingWith(at + ".form.fields[0].pattern is not a regular expression");
        FormField named = new FormField("Amount", FormField.Type.TEXT, m("金额"), true, null, null, null, null, null);
        refused(changed(m -> with(m, m.name(), new FormSchema(List.of(named)), m.availability(), 3)),
                at + ".form.fields[0].name must be a unique lower-camel-case name");
        refused(changed(SimulatorCatalogue::withoutCounter),
                at + ".counterAlternative is missing: every matter must be offered at a counter");
        refused(changed(m -> m.withTheme(new org.kiosk.platform.model.MatterTheme("Housing!", m.theme().name()))),
                at + ".theme.code must be lower-case letters, digits and '-' (at most 64)");
    }

    @Test
    void aMatterOpenForPartOfTheDayAndOnlyWithTheCounterSaysSo() throws CatalogueException {
        PlatformCatalogue catalogue = PlatformCatalogue.of(changed(m -> with(m, m.name(), m.form(), new Availability("08:00", "20:00", false), 3)),
                TEXTS);

        org.kiosk.app.catalogue.Matter fund = catalogue.matterByCode(SimulatorCatalogue.FUND).orElseThrow();
        assertThat(fund.hours().in(UiLanguage.ENGLISH)).isEqualTo("The kiosk accepts applications from 08:00 to 20:00, while the counters are open.");
        assertThat(fund.terms().orElseThrow().afterHoursAcceptance()).isFalse();
    }

    private static LocalizedText m(String zh) {
        return new LocalizedText(zh, zh, zh);
    }
}
