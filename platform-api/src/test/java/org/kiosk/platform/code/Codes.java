package org.kiosk.platform.code;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.kiosk.platform.code.CodeClaims.AppointmentCode;
import org.kiosk.platform.code.CodeClaims.AuthorisationCode;
import org.kiosk.platform.code.CodeClaims.CaseTrackingCode;
import org.kiosk.platform.code.CodeClaims.Issued;

/** Claims and compact-JWS surgery shared by the code tests. */
final class Codes {

    static final String ISSUER = "gd-platform";
    static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

    private Codes() {
    }

    static Issued issued(String jti, Duration lifetime) {
        return new Issued(ISSUER, jti, NOW, NOW, NOW.plus(lifetime));
    }

    static AppointmentCode appointment() {
        return new AppointmentCode(issued("apt-1", Duration.ofDays(7)), "A20260302-0042", "GZ-TIANHE-01",
                NOW.plus(Duration.ofHours(2)), NOW.plus(Duration.ofHours(2).plusMinutes(15)));
    }

    static AuthorisationCode authorisation(String jti) {
        return new AuthorisationCode(issued(jti, Duration.ofMinutes(3)), "authz-7f3a9c");
    }

    static CaseTrackingCode caseTracking() {
        return new CaseTrackingCode(issued("case-1", Duration.ofDays(365)), "GD2026030200123");
    }

    static String[] parts(String code) {
        return code.split("\\.", -1);
    }

    static String json(String part) {
        return new String(Base64Url.decode(part), StandardCharsets.UTF_8);
    }

    static String b64(String json) {
        return Base64Url.encode(json.getBytes(StandardCharsets.UTF_8));
    }
}
