package org.kiosk.app.ui.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kiosk.app.ops.SessionOutcome;

/**
 * One citizen's visit: the identity document's fields, the photo, and the form answers, kept only until
 * {@link #wipe()}, which overwrites every character and byte, drops every reference, and then runs what screens
 * registered with {@link #onWipe(Runnable)} (clearing their nodes). After a wipe the session refuses new data.
 */
public final class KioskSession {

    private final String id;
    private final Map<DocumentField, PersonalValue> document = new EnumMap<>(DocumentField.class);
    private final Map<String, PersonalValue> answers = new LinkedHashMap<>();
    private final List<Runnable> wipeActions = new ArrayList<>();
    private byte[] photo;
    private boolean wiped;
    private SessionOutcome outcome = SessionOutcome.CANCELLED;

    public KioskSession() {
        this(UUID.randomUUID().toString());
    }

    public KioskSession(String id) {
        this.id = id;
    }

    /** Not personal: names the visit in consent records and logs. */
    public String id() {
        return id;
    }

    /** How the visit ended, as far as the screens know (not personal): counted when the visit ends. */
    public synchronized SessionOutcome outcome() {
        return outcome;
    }

    public synchronized void outcome(SessionOutcome how) {
        this.outcome = how;
    }

    /** Keeps a copy of {@code value}; the caller should overwrite its own array. */
    public synchronized void putDocumentField(DocumentField field, char[] value) {
        checkOpen();
        PersonalValue old = document.put(field, new PersonalValue(value));
        if (old != null) {
            old.wipe();
        }
    }

    public synchronized Optional<PersonalValue> documentField(DocumentField field) {
        return Optional.ofNullable(document.get(field));
    }

    /** Keeps a copy of a form answer under the form's field key. */
    public synchronized void putAnswer(String key, char[] value) {
        checkOpen();
        PersonalValue old = answers.put(key, new PersonalValue(value));
        if (old != null) {
            old.wipe();
        }
    }

    public synchronized Optional<PersonalValue> answer(String key) {
        return Optional.ofNullable(answers.get(key));
    }

    /** Keeps a copy of the document's photo (as encoded). */
    public synchronized void putPhoto(byte[] encoded) {
        checkOpen();
        wipePhoto();
        photo = encoded.clone();
    }

    /** A copy of the photo, which the caller overwrites when done. */
    public synchronized Optional<byte[]> photo() {
        return Optional.ofNullable(photo).map(byte[]::clone);
    }

    public synchronized boolean hasPersonalData() {
        return !document.isEmpty() || !answers.isEmpty() || photo != null;
    }

    /** Runs {@code action} when the session is wiped (at once if it already was). */
    public void onWipe(Runnable action) {
        synchronized (this) {
            if (!wiped) {
                wipeActions.add(action);
                return;
            }
        }
        action.run();
    }

    /** Overwrites and drops all personal data, then runs the registered wipe actions. Safe to call twice. */
    public void wipe() {
        List<Runnable> actions;
        synchronized (this) {
            document.values().forEach(PersonalValue::wipe);
            document.clear();
            answers.values().forEach(PersonalValue::wipe);
            answers.clear();
            wipePhoto();
            wiped = true;
            actions = new ArrayList<>(wipeActions);
            wipeActions.clear();
        }
        actions.forEach(Runnable::run);
    }

    public synchronized boolean isWiped() {
        return wiped;
    }

    private void wipePhoto() {
        if (photo != null) {
            Arrays.fill(photo, (byte) 0);
            photo = null;
        }
    }

    private void checkOpen() {
        if (wiped) {
            throw new IllegalStateException("session " + id + " has ended; its data was wiped");
        }
    }

    @Override
    public synchronized String toString() {
        return "KioskSession[id=" + id + ", documentFields=" + document.size() + ", answers=" + answers.size()
                + ", photo=" + (photo != null) + ", wiped=" + wiped + "]";
    }
}
