package org.kiosk.app.ui.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kiosk.app.catalogue.ApplicationForm;
import org.kiosk.app.catalogue.LocalizedText;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.catalogue.PlatformTerms;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.ApplicationFlow.HolderCheck;
import org.kiosk.app.ui.service.Identification.DocumentKind;
import org.kiosk.app.ui.service.Identification.DocumentSummary;
import org.kiosk.app.ui.service.PassportIdentification;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.FormSchema;
import org.kiosk.platform.model.IdentityLevel;
import org.kiosk.platform.model.Region;

/** What a matter asks of the holder of the document read: a fingerprint only where it needs a verified holder and offers one. */
class ApplicationFlowTest {

    private static final DocumentSummary CARD_WITH_FINGERPRINTS = new DocumentSummary(DocumentKind.RESIDENT_ID, false, true);
    private static final DocumentSummary PERMIT = new DocumentSummary(DocumentKind.HMT_RESIDENCE_PERMIT, false, false);
    private static final DocumentSummary PASSPORT = new DocumentSummary(DocumentKind.PASSPORT, false, false);

    @Test
    void aMatterThatNeedsOnlyTheDocumentAsksForNoFingerprintAndNoCounterVisit() {
        for (IdentityLevel level : List.of(IdentityLevel.DOCUMENT, IdentityLevel.ELECTRONIC)) {
            assertThat(check(platformMatter(level, true), CARD_WITH_FINGERPRINTS)).isEqualTo(HolderCheck.NOT_NEEDED);
            assertThat(check(platformMatter(level, false), PERMIT)).isEqualTo(HolderCheck.NOT_NEEDED);
        }
    }

    @Test
    void aMatterThatNeedsAVerifiedHolderOffersTheFingerprintOnlyWhereItSaysSoAndTheCardHasOne() {
        assertThat(check(platformMatter(IdentityLevel.VERIFIED, true), CARD_WITH_FINGERPRINTS)).isEqualTo(HolderCheck.FINGERPRINT_OR_COUNTER);
        assertThat(check(platformMatter(IdentityLevel.VERIFIED, false), CARD_WITH_FINGERPRINTS)).isEqualTo(HolderCheck.COUNTER);
        assertThat(check(platformMatter(IdentityLevel.VERIFIED, true), PERMIT)).isEqualTo(HolderCheck.COUNTER);
    }

    @Test
    void anEidThePlatformVerifiedNeedsNothingMoreAndOneItDidNotGoesToTheCounter() {
        DocumentSummary verified = new DocumentSummary(DocumentKind.ELECTRONIC_ID, false, false, IdentityLevel.VERIFIED);
        DocumentSummary documentOnly = new DocumentSummary(DocumentKind.ELECTRONIC_ID, false, false, IdentityLevel.DOCUMENT);
        assertThat(check(platformMatter(IdentityLevel.VERIFIED, true), verified)).isEqualTo(HolderCheck.NOT_NEEDED);
        assertThat(check(platformMatter(IdentityLevel.VERIFIED, true), documentOnly)).isEqualTo(HolderCheck.COUNTER);
        assertThat(check(platformMatter(IdentityLevel.DOCUMENT, false), documentOnly)).isEqualTo(HolderCheck.NOT_NEEDED);
    }

    @Test
    void aPassportsHolderIsAlwaysCheckedAtTheCounter() {
        assertThat(check(platformMatter(IdentityLevel.DOCUMENT, false), PASSPORT)).isEqualTo(HolderCheck.COUNTER);
        assertThat(check(bundledMatter(), PASSPORT)).isEqualTo(HolderCheck.COUNTER);
    }

    @Test
    void aPassportChipThisKioskCannotVerifyIsRememberedUntilAnotherDocumentIsRead() {
        Matter matter = platformMatter(IdentityLevel.DOCUMENT, false);
        ApplicationFlow flow = new ApplicationFlow(matter, matter.application().orElseThrow().schema(), new KioskSession());
        flow.passport(new PassportIdentification.PassportSummary(PASSPORT, PassportIdentification.Authenticity.NOT_VERIFIABLE));
        assertThat(flow.chipUnverifiable()).isTrue();
        assertThat(flow.holderCheck()).isEqualTo(HolderCheck.COUNTER);
        flow.passport(new PassportIdentification.PassportSummary(PASSPORT, PassportIdentification.Authenticity.VERIFIED));
        assertThat(flow.chipUnverifiable()).isFalse();
        flow.passport(new PassportIdentification.PassportSummary(PASSPORT, PassportIdentification.Authenticity.NOT_VERIFIABLE));
        flow.document(PERMIT);
        assertThat(flow.chipUnverifiable()).isFalse();
    }

    @Test
    void aBundledMatterVerifiesEveryHolderAsTheCentreDoes() {
        assertThat(check(bundledMatter(), CARD_WITH_FINGERPRINTS)).isEqualTo(HolderCheck.FINGERPRINT_OR_COUNTER);
        assertThat(check(bundledMatter(), PERMIT)).isEqualTo(HolderCheck.COUNTER);
    }

    private static HolderCheck check(Matter matter, DocumentSummary document) {
        ApplicationFlow flow = new ApplicationFlow(matter, matter.application().orElseThrow().schema(), new KioskSession());
        flow.document(document);
        return flow.holderCheck();
    }

    private static Matter platformMatter(IdentityLevel level, boolean fingerprintOffered) {
        return matter(new PlatformTerms(level, List.of(DocumentType.RESIDENT_ID, DocumentType.HMT_RESIDENCE_PERMIT), fingerprintOffered,
                1, true, Region.CN, false));
    }

    private static Matter bundledMatter() {
        return matter(null);
    }

    private static Matter matter(PlatformTerms terms) {
        LocalizedText text = new LocalizedText(Map.of(UiLanguage.SIMPLIFIED_CHINESE, "事项", UiLanguage.TRADITIONAL_CHINESE, "事項",
                UiLanguage.ENGLISH, "a matter"));
        return new Matter("m", text, List.of(), text, text, new ApplicationForm("code", new FormSchema(List.of()), ApplicationForm.CARDS), terms);
    }
}
