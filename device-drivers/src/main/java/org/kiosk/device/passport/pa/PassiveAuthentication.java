package org.kiosk.device.passport.pa;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What passive authentication found. A failure names the check, and for a hash the data group. The issuing state is
 * the country of the document signer certificate's issuer; {@code detail} explains the result for technicians and
 * never holds personal data.
 */
public record PassiveAuthentication(Outcome outcome, Optional<FailedCheck> failedCheck, OptionalInt dataGroup,
                                    String issuingState, String detail) {

    public PassiveAuthentication {
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(failedCheck);
        Objects.requireNonNull(dataGroup);
        Objects.requireNonNull(detail);
        if ((outcome == Outcome.FAILED) != failedCheck.isPresent()) {
            throw new IllegalArgumentException("a failed check goes with a FAILED outcome, and only with it");
        }
    }

    static PassiveAuthentication verified(String issuingState) {
        return new PassiveAuthentication(Outcome.VERIFIED, Optional.empty(), OptionalInt.empty(), issuingState,
                "signature, document signer chain and data-group hashes verified");
    }

    static PassiveAuthentication notVerifiable(String issuingState) {
        return new PassiveAuthentication(Outcome.NOT_VERIFIABLE, Optional.empty(), OptionalInt.empty(), issuingState,
                "no CSCA certificate of issuing state " + issuingState + " in the trust store");
    }

    static PassiveAuthentication failed(FailedCheck check, String issuingState, String detail) {
        return new PassiveAuthentication(Outcome.FAILED, Optional.of(check), OptionalInt.empty(), issuingState, detail);
    }

    static PassiveAuthentication hashFailed(int dataGroup, String issuingState, String detail) {
        return new PassiveAuthentication(Outcome.FAILED, Optional.of(FailedCheck.DATA_GROUP_HASH), OptionalInt.of(dataGroup),
                issuingState, detail);
    }

    public boolean verified() {
        return outcome == Outcome.VERIFIED;
    }

    /** One line for a technician, e.g. {@code FAILED (DATA_GROUP_HASH, DG2): ...}. */
    public String describe() {
        StringBuilder s = new StringBuilder(outcome.name());
        failedCheck.ifPresent(c -> {
            s.append(" (").append(c.name());
            dataGroup.ifPresent(n -> s.append(", DG").append(n));
            s.append(')');
        });
        return s.append(": ").append(detail).toString();
    }
}
