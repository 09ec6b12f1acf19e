package org.kiosk.device.idcard;

import org.kiosk.device.DeviceException;
import org.kiosk.device.idcard.document.IdentityDocument;

/**
 * Told when a card is placed and read, when a placed card cannot be read, and when it is removed. The document
 * holds personal data: keep it in memory for the session only, never log it. Called on the reader's own thread.
 */
public interface CardListener {

    void cardRead(IdentityDocument document);

    /** A card lies on the reader but could not be read; the error says what the citizen should do. */
    void cardUnreadable(DeviceException error);

    void cardRemoved();
}
