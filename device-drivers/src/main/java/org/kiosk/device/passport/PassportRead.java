package org.kiosk.device.passport;

import java.util.Objects;
import java.util.Optional;
import org.kiosk.device.mrz.MrzData;
import org.kiosk.device.passport.lds.DataGroups;
import org.kiosk.device.passport.lds.FaceImage;
import org.kiosk.device.passport.pa.PassiveAuthentication;

/**
 * What was read from a passport chip: EF.COM, the MRZ data of DG1, the face image of DG2 when the chip holds one, and
 * the outcome of passive authentication over them. Holds personal data: keep it for the session only and
 * {@link #wipe()} it after; {@link #toString()} shows none of it.
 */
public record PassportRead(DataGroups.Com com, MrzData mrz, Optional<FaceImage> face, PassiveAuthentication authentication) {

    public PassportRead {
        Objects.requireNonNull(com);
        Objects.requireNonNull(mrz);
        Objects.requireNonNull(face);
        Objects.requireNonNull(authentication);
    }

    /** Zeroes the face image. */
    public void wipe() {
        face.ifPresent(FaceImage::wipe);
    }

    @Override
    public String toString() {
        return "PassportRead[LDS " + com.ldsVersion() + ", data groups " + com.dataGroups() + ", "
                + face.map(FaceImage::toString).orElse("no face image") + ", " + authentication.outcome() + "]";
    }
}
