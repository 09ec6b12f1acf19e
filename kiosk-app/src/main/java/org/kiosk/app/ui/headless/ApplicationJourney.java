package org.kiosk.app.ui.headless;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.catalogue.ServiceCatalogue;
import javafx.scene.control.Button;
import org.kiosk.app.ui.audit.SceneText;
import org.kiosk.app.ui.i18n.UiLanguage;
import org.kiosk.app.ui.journey.ConsentScreen;
import org.kiosk.app.ui.journey.DocumentScreen;
import org.kiosk.app.ui.journey.FingerprintResultScreen;
import org.kiosk.app.ui.journey.FormScreen;
import org.kiosk.app.ui.journey.IdentifyScreen;
import org.kiosk.app.ui.journey.JourneyTour;
import org.kiosk.app.ui.journey.OnScreenReceiptScreen;
import org.kiosk.app.ui.journey.PhoneEidScreen;
import org.kiosk.app.ui.journey.PhoneScreen;
import org.kiosk.app.ui.journey.RatingScreen;
import org.kiosk.app.ui.journey.ResultScreen;
import org.kiosk.app.ui.journey.ReviewScreen;
import org.kiosk.app.ui.screens.MatterScreen;
import org.kiosk.app.ui.screens.TakeCardScreen;
import org.kiosk.app.ui.session.DocumentField;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.platform.model.FormField;

/**
 * The steps the application journeys share: a matter chosen, a test card on the reader (or a phone's e-ID code shown
 * to the scanner), the form filled in on the
 * keypads (with a wrong entry first, to see the message), submitted, and the visit ended with a rating; at the end
 * nothing personal may remain in the scene graph or the session.
 */
abstract class ApplicationJourney implements Journey {

    /** How long device work (reading a card, a fingerprint, submitting, printing) may take in a journey. */
    static final Duration DEVICE_WAIT = Duration.ofSeconds(30);
    /** Offers fingerprint verification; accepts ID cards and residence permits (its implementation code). */
    static final String FUND_MATTER = JourneyTour.FUND_MATTER_CODE;
    /** A choice on its form; accepts residence permits and passports (its implementation code). */
    static final String RECORD_MATTER = JourneyTour.RECORD_MATTER_CODE;
    /** Values typed where a field's rule asks for digits or letters; the first that fits the rule is used. */
    private static final List<String> SAMPLE_ENTRIES = List.of("6222020200112233", "3500", "ZHANG");

    private final List<String> personal = new ArrayList<>();
    private KioskSession session;

    /**
     * From home to the choice of identification for the matter with the platform's {@code implementationCode}, in
     * {@code language}: found by its code, so the journey runs on the bundled catalogue and on the platform's alike.
     */
    void chooseMatter(JourneyContext c, UiLanguage language, String implementationCode) throws Exception {
        c.ui().reset();
        c.press("language-" + language.tag());
        ServiceCatalogue catalogue = c.ui().services().catalogue();
        Matter matter = catalogue.matterByCode(implementationCode)
                .orElseThrow(() -> new JourneyFailure("the catalogue takes no applications for matter " + implementationCode));
        c.press("category-" + catalogue.categoryOf(matter).orElseThrow().id());
        c.press("matter-" + matter.id());
        c.expectScreen(MatterScreen.ID);
        c.screenshot("matter");
        c.press("matter-apply");
        c.expectScreen(IdentifyScreen.ID);
        c.screenshot("identify");
    }

    /** The test card {@code card} placed, read, and its details shown; remembers them for the final check. */
    void readCard(JourneyContext c, String card) throws Exception {
        c.simulation().placeCard(card);
        c.press("identify-card");
        c.awaitScreen(DocumentScreen.ID, DEVICE_WAIT);
        expectDocument(c);
    }

    /** The document screen shows what was read; remembers the holder's details for the final check, and goes on. */
    void expectDocument(JourneyContext c) throws Exception {
        personal.clear();
        documentShown(c, "document");
    }

    /** From the choice of identification to the screen that asks for the phone's e-ID code. */
    void openPhoneEid(JourneyContext c) throws Exception {
        c.press("identify-phone");
        c.expectScreen(PhoneEidScreen.ID);
        c.screenshot("phone-eid");
    }

    /**
     * The e-ID code of the platform's sample citizen {@code citizen} shown to the scanner, redeemed, and the holder's
     * details shown; remembers them for the final check.
     *
     * @return the code that was shown (no personal data in it), to show it again
     */
    String identifyByPhone(JourneyContext c, String citizen) throws Exception {
        personal.clear();
        openPhoneEid(c);
        String code = c.simulation().showPhoneEid(citizen, false);
        c.awaitScreen(DocumentScreen.ID, DEVICE_WAIT);
        documentShown(c, "document-e-id");
        return code;
    }

    /**
     * After a code was shown: the e-ID screen says the message {@code messageKey} in words and still offers the
     * other ways and the counter.
     */
    void expectPhoneRefused(JourneyContext c, String messageKey) throws Exception {
        c.awaitLabel("phone-eid-problem", c.ui().texts().get(c.ui().language(), messageKey), DEVICE_WAIT);
        c.expectScreen(PhoneEidScreen.ID);
        for (String way : List.of("phone-eid-other", "phone-eid-counter")) {
            if (!(c.ui().scene().lookup("#" + way) instanceof Button button) || button.isDisabled()) {
                throw new JourneyFailure("the refused e-ID code leaves no way on: #" + way + " is missing");
            }
        }
        c.screenshot(messageKey.replace('.', '-'));
    }

    /** The document screen shows what was read into the session; remembers it for the final check. */
    private void documentShown(JourneyContext c, String shot) throws Exception {
        session = c.ui().session();
        for (DocumentField field : List.of(DocumentField.NAME, DocumentField.DOCUMENT_NUMBER)) {
            session.documentField(field).ifPresent(v -> {
                personal.add(v.reveal());
                if (field == DocumentField.DOCUMENT_NUMBER) {
                    personal.add(v.masked());
                }
            });
        }
        if (personal.isEmpty()) {
            throw new JourneyFailure("the document was read but the session holds no name or number");
        }
        if (SceneText.occurrences(c.ui().scene(), personal).isEmpty()) {
            throw new JourneyFailure("the document screen does not show the holder's details");
        }
        c.screenshot(shot);
        c.press("document-continue");
    }

    /** Consent given and the holder's finger verified. */
    void fingerprint(JourneyContext c, String card) throws Exception {
        c.expectScreen(ConsentScreen.ID);
        c.screenshot("consent");
        c.simulation().fingerOf(card);
        c.press("consent-agree");
        c.screenshot("fingerprint");
        c.awaitScreen(FingerprintResultScreen.VERIFIED, DEVICE_WAIT);
        c.screenshot("fingerprint-verified");
        c.press("fingerprint-continue");
    }

    /**
     * The form, page by page as its schema makes it: the prefilled page, then each field answered on its keypad or
     * by its choices; a required field is first left empty (and a phone number first typed too short) to see the
     * message in words.
     */
    void fillForm(JourneyContext c) throws Exception {
        c.expectScreen(FormScreen.ID);
        c.screenshot("form-prefilled");
        c.press("form-next");
        while (c.ui().currentScreen() instanceof FormScreen page && page.field().isPresent()) {
            FormField field = page.field().get();
            if (field.required()) {
                c.press("form-next");
                expectError(c, "form-" + field.name() + "-empty");
            }
            switch (field.type()) {
                case SELECT -> c.press("form-option-" + field.options().getFirst().value());
                case BOOLEAN -> c.press("form-option-true");
                case PHONE -> {
                    type(c, "138001380");
                    c.press("form-next");
                    expectError(c, "form-" + field.name() + "-too-short");
                    type(c, "00");
                }
                default -> type(c, SAMPLE_ENTRIES.stream().filter(v -> field.pattern() == null || v.matches(field.pattern()))
                        .findFirst().orElseThrow(() -> new JourneyFailure("no sample entry fits field " + field.name())));
            }
            c.screenshot("form-" + field.name());
            c.press("form-next");
        }
        c.expectScreen(ReviewScreen.ID);
        c.screenshot("review");
    }

    private static void type(JourneyContext c, String keys) throws JourneyFailure {
        for (char k : keys.toCharArray()) {
            c.press("key-" + k);
        }
    }

    private static void expectError(JourneyContext c, String shot) throws Exception {
        if (c.ui().scene().lookup("#form-error") == null) {
            throw new JourneyFailure("a wrong entry was accepted without a message (" + shot + ")");
        }
        c.screenshot(shot);
    }

    /** Submits, and waits for the result (printed receipt) or the on-screen receipt. */
    void submit(JourneyContext c, String expectedScreen) throws Exception {
        c.press("review-submit");
        c.awaitScreen(expectedScreen, DEVICE_WAIT);
        c.screenshot(expectedScreen);
    }

    /** Whether the result says the receipt is provisional (the platform was not reached). */
    boolean provisional(JourneyContext c) {
        String label = c.ui().texts().get(c.ui().language(), "result.provisional");
        return !SceneText.occurrences(c.ui().scene(), List.of(label)).isEmpty();
    }

    /** "Continue on your phone", the rating, and the end of the visit with everything wiped. */
    void finish(JourneyContext c) throws Exception {
        String from = c.ui().visibleScreenId();
        if (!from.equals(ResultScreen.ID) && !from.equals(OnScreenReceiptScreen.ID)) {
            throw new JourneyFailure("expected the result or the on-screen receipt, but the kiosk shows " + from);
        }
        c.press("result-phone");
        c.expectScreen(PhoneScreen.ID);
        c.screenshot("continue-on-phone");
        c.press("phone-done");
        c.expectScreen(RatingScreen.ID);
        c.screenshot("rating");
        c.press("rating-very-satisfied");
        expectWiped(c);
    }

    /** The visit is over: "take your card", no personal text anywhere in the scene graph, the session wiped. */
    void expectWiped(JourneyContext c) throws Exception {
        c.expectScreen(TakeCardScreen.ID);
        c.screenshot("take-card");
        List<String> left = SceneText.occurrences(c.ui().scene(), personal);
        if (!left.isEmpty()) {
            throw new JourneyFailure("personal text remains in the scene graph after the visit: " + left.size() + " item(s)");
        }
        if (session == null || !session.isWiped() || session.hasPersonalData()) {
            throw new JourneyFailure("the visit's session was not wiped");
        }
        personal.clear();
        c.ui().resetForNextCitizen();
    }
}
