package org.kiosk.app.calendar;

import org.kiosk.platform.client.PlatformException;
import org.kiosk.platform.model.Region;

/** Where delivered calendar files come from: the platform's {@code PlatformClient::calendarFile}. */
@FunctionalInterface
public interface CalendarSource {

    /**
     * The published calendar file of {@code region}'s {@code year}, as delivered.
     *
     * @throws PlatformException a refusal with code {@link CalendarUpdates#NOT_PUBLISHED} when the year has no data
     */
    byte[] calendarFile(Region region, int year) throws PlatformException;
}
