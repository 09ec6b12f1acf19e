package org.kiosk.app.ui.journey;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import javafx.application.Platform;
import org.kiosk.app.catalogue.Matter;
import org.kiosk.app.catalogue.PlatformTerms;
import org.kiosk.app.ui.screen.Navigator;
import org.kiosk.app.ui.screen.Screen;
import org.kiosk.app.ui.service.Applications;
import org.kiosk.app.ui.service.Identification;
import org.kiosk.app.ui.service.PassportIdentification;
import org.kiosk.app.ui.session.KioskSession;
import org.kiosk.platform.model.FormField;
import org.kiosk.platform.model.FormSchema;
import org.kiosk.platform.model.IdentityLevel;

/**
 * One application for one matter, as the screens move through it: nothing personal (that is in the session), only
 * which matter, the form, how identity was verified, and the outcome. Device events arrive on other threads and are
 * handed to the FX thread only while the visit they belong to lasts.
 */
public final class ApplicationFlow {

    /** What the holder of the document read still needs, for this matter, before the form. */
    public enum HolderCheck {
        /** the document proves enough: no fingerprint is asked for and no counter visit needed */
        NOT_NEEDED,
        /** the fingerprint, with its separate consent, where the card and the module allow; the counter otherwise */
        FINGERPRINT_OR_COUNTER,
        /** verification by staff at the counter */
        COUNTER
    }

    private final Matter matter;
    private final FormSchema form;
    private final KioskSession session;
    private Identification.DocumentSummary document;
    private boolean chipUnverifiable;
    private Applications.Verification verification = Applications.Verification.NONE;
    private Applications.Submission submission;
    private Applications.PrintOutcome printed;
    private boolean watching;
    private boolean submitting;

    public ApplicationFlow(Matter matter, FormSchema form, KioskSession session) {
        this.matter = matter;
        this.form = form;
        this.session = session;
    }

    public Matter matter() {
        return matter;
    }

    public FormSchema form() {
        return form;
    }

    /** The fields the citizen is asked: those the document does not fill. */
    public List<FormField> askedFields() {
        return form.fields().stream().filter(f -> f.prefill() == null).toList();
    }

    /** The fields the document fills, shown read-only. */
    public List<FormField> prefilledFields() {
        return form.fields().stream().filter(f -> f.prefill() != null).toList();
    }

    public KioskSession session() {
        return session;
    }

    public Identification.DocumentSummary document() {
        return document;
    }

    public void document(Identification.DocumentSummary summary) {
        this.document = summary;
        this.chipUnverifiable = false;
    }

    /** A passport read from its chip, and how far its data proved genuine. */
    public void passport(PassportIdentification.PassportSummary read) {
        document(read.document());
        this.chipUnverifiable = read.authenticity() == PassportIdentification.Authenticity.NOT_VERIFIABLE;
    }

    /** Whether the document is a passport whose chip this kiosk could not verify (no trusted signer of its country). */
    public boolean chipUnverifiable() {
        return chipUnverifiable;
    }

    /**
     * What the matter asks of the holder of the document read. The platform's terms say how strongly the applicant must
     * be identified and whether a fingerprint is offered; a bundled matter follows the centre's rule, a verified holder
     * for every application. Biometrics are asked for only where the matter needs a verified holder and offers them. A
     * passport's holder is checked by staff, as the kiosk cannot verify a passport holder's fingerprint.
     */
    public HolderCheck holderCheck() {
        if (document == null || document.kind() == Identification.DocumentKind.PASSPORT) {
            return HolderCheck.COUNTER;
        }
        IdentityLevel needed = matter.terms().map(PlatformTerms::identityLevel).orElse(IdentityLevel.VERIFIED);
        if (document.proves().compareTo(needed) >= 0) {
            return HolderCheck.NOT_NEEDED;
        }
        boolean fingerprintOffered = matter.terms().map(PlatformTerms::fingerprintOffered).orElse(true);
        return fingerprintOffered && document.fingerprintsOnCard() ? HolderCheck.FINGERPRINT_OR_COUNTER : HolderCheck.COUNTER;
    }

    public Applications.Verification verification() {
        return verification;
    }

    public void verification(Applications.Verification how) {
        this.verification = how;
    }

    public Applications.Submission submission() {
        return submission;
    }

    public void submission(Applications.Submission done) {
        this.submission = done;
    }

    public Applications.PrintOutcome printed() {
        return printed;
    }

    public void printed(Applications.PrintOutcome outcome) {
        this.printed = outcome;
    }

    /** True the first time: the reader is watched once per application. */
    boolean startWatching() {
        boolean first = !watching;
        watching = true;
        return first;
    }

    /** True the first time: an application is submitted once. */
    boolean startSubmitting() {
        boolean first = !submitting;
        submitting = true;
        return first;
    }

    /** Runs {@code action} on the FX thread if this flow's visit has not ended by then. */
    public void onFx(Runnable action) {
        Platform.runLater(() -> {
            if (!session.isWiped()) {
                action.run();
            }
        });
    }

    /** Shows {@code next} when {@code work} completes, if the visit still lasts. */
    public <T> void then(CompletableFuture<T> work, Navigator navigator, BiFunction<T, Throwable, Screen> next) {
        work.whenComplete((value, error) -> onFx(() -> navigator.show(next.apply(value, error))));
    }
}
