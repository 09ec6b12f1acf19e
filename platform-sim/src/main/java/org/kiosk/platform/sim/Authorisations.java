package org.kiosk.platform.sim;

import org.kiosk.platform.code.CodeClaims;
import org.kiosk.platform.model.AuthorisedIdentity;
import org.kiosk.platform.model.DocumentType;
import org.kiosk.platform.model.IdentityLevel;
import org.kiosk.platform.model.IssuedAuthorisation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Electronic IDs of the simulator's fictional citizens: a code as their phone app would show it, and its redemption by
 * a kiosk, answered once and only within the code's lifetime. Kept in memory only, so a restart forgets them (a code
 * issued before then is unknown): the simulator's database holds no personal data.
 */
final class Authorisations {

    /** The code's lifetime, the most the signed-code rules allow. */
    static final Duration LIFETIME = CodeClaims.AuthorisationCode.MAX_LIFETIME;

    /** The fictional citizens (public test ID numbers), by the name a test asks for them with. */
    static final Map<String, Citizen> CITIZENS = Map.of(
            "resident-01", new Citizen(DocumentType.RESIDENT_ID, "440524188001010014", "张三丰", "ZHANG SANFENG",
                    AuthorisedIdentity.Sex.MALE, LocalDate.of(1880, 1, 1), "CHN", LocalDate.of(2020, 6, 1), LocalDate.of(2040, 6, 1),
                    IdentityLevel.VERIFIED),
            "resident-02", new Citizen(DocumentType.RESIDENT_ID, "11010519491231002X", "李四娘", null,
                    AuthorisedIdentity.Sex.FEMALE, LocalDate.of(1949, 12, 31), "CHN", LocalDate.of(2010, 1, 1), null,
                    IdentityLevel.DOCUMENT),
            "hmt-01", new Citizen(DocumentType.HMT_RESIDENCE_PERMIT, "810000199001010016", "陳大文", "CHAN TAI MAN",
                    AuthorisedIdentity.Sex.MALE, LocalDate.of(1990, 1, 1), "CHN", LocalDate.of(2022, 3, 1), LocalDate.of(2027, 3, 1),
                    IdentityLevel.DOCUMENT),
            "foreign-01", new Citizen(DocumentType.FOREIGN_PERMANENT_RESIDENCE, "911826199002020025", "安娜", "ANNA SCHMIDT",
                    AuthorisedIdentity.Sex.FEMALE, LocalDate.of(1990, 2, 2), "DEU", LocalDate.of(2023, 5, 1), LocalDate.of(2033, 5, 1),
                    IdentityLevel.DOCUMENT));

    /** A fictional citizen's document, as the platform knows it. Personal data of nobody, but printed by no log. */
    record Citizen(DocumentType documentType, String documentNumber, String name, String latinName, AuthorisedIdentity.Sex sex,
                   LocalDate birthDate, String nationality, LocalDate validFrom, LocalDate validUntil, IdentityLevel identityLevel) {
        @Override
        public String toString() {
            return "Citizen[" + documentType + "]";
        }
    }

    private record Authorisation(Citizen citizen, Instant expiresAt, boolean redeemed) {
    }

    private final CodeIssuer codes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Authorisation> byRef = new ConcurrentHashMap<>();

    Authorisations(CodeIssuer codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** A fresh code for {@code citizenName}; {@code expired} gives one whose lifetime ended a minute ago. */
    IssuedAuthorisation issue(String citizenName, boolean expired) {
        Citizen citizen = citizenName == null ? null : CITIZENS.get(citizenName);
        if (citizen == null) {
            throw ProblemException.notFound("sample citizen '" + citizenName + "' (known: " + String.join(", ", CITIZENS.keySet().stream().sorted().toList()) + ")");
        }
        Instant now = clock.instant();
        Instant issuedAt = expired ? now.minus(LIFETIME).minus(Duration.ofMinutes(1)) : now;
        Instant expiresAt = issuedAt.plus(LIFETIME);
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String ref = "auth-" + HexFormat.of().formatHex(bytes);
        byRef.put(ref, new Authorisation(citizen, Instant.ofEpochSecond(expiresAt.getEpochSecond()), false));
        return new IssuedAuthorisation(codes.authorisationCode(ref, issuedAt, expiresAt), ref, Instant.ofEpochSecond(expiresAt.getEpochSecond()));
    }

    /** The identity {@code ref} vouches for, once; refused when unknown, already redeemed, or expired. */
    AuthorisedIdentity redeem(String ref) {
        Objects.requireNonNull(ref, "ref");
        Instant now = clock.instant();
        Authorisation[] redeemed = new Authorisation[1];
        // compute, so two kiosks redeeming the same reference at once cannot both get the answer
        Authorisation after = byRef.computeIfPresent(ref, (key, current) -> {
            if (current.redeemed() || !now.isBefore(current.expiresAt())) {
                return current;
            }
            redeemed[0] = current;
            return new Authorisation(current.citizen(), current.expiresAt(), true);
        });
        if (after == null) {
            throw new ProblemException(404, "authorisation-unknown", "Authorisation unknown",
                    "no authorisation has this reference: the code was not issued by this platform");
        }
        if (redeemed[0] == null) {
            throw after.redeemed()
                    ? new ProblemException(409, "authorisation-redeemed", "Authorisation already redeemed",
                    "this authorisation was already used: each e-ID code is good for one visit")
                    : new ProblemException(410, "authorisation-expired", "Authorisation expired",
                    "this authorisation expired at " + after.expiresAt() + ": the citizen makes a new code in the app");
        }
        Citizen c = redeemed[0].citizen();
        return new AuthorisedIdentity(ref, c.documentType(), c.documentNumber(), c.name(), c.latinName(), c.sex(), c.birthDate(),
                c.nationality(), c.validFrom(), c.validUntil(), c.identityLevel(), now);
    }
}
