package org.kiosk.app.ops;

import java.time.Duration;

/** What the UI tells operations when a citizen's session ends; nothing about who the citizen was. */
public interface SessionRecorder {

    void sessionEnded(SessionOutcome outcome, Duration duration);
}
