package org.kiosk.device.passport;

import java.util.Objects;
import org.kiosk.device.StatusDetail;

/**
 * The passport reader's part of a device status.
 *
 * @param reader the PC/SC name of the reader in use, empty while none matches
 * @param chip   whether a chip is in its field
 */
public record PassportDetail(String reader, ChipPresence chip) implements StatusDetail {

    public static final PassportDetail UNKNOWN = new PassportDetail("", ChipPresence.UNKNOWN);

    public PassportDetail {
        Objects.requireNonNull(reader);
        Objects.requireNonNull(chip);
    }
}
