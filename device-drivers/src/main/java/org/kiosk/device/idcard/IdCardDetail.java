package org.kiosk.device.idcard;

import org.kiosk.device.StatusDetail;

/** The ID-card reader's part of a device status. */
public record IdCardDetail(CardPresence card) implements StatusDetail {

    public static final IdCardDetail UNKNOWN = new IdCardDetail(CardPresence.UNKNOWN);
}
