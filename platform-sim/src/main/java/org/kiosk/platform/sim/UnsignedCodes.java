package org.kiosk.platform.sim;

import org.kiosk.platform.model.Appointment;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Codes that name the case or appointment without a signature, and an empty key set. */
@Component
class UnsignedCodes implements CodeIssuer {

    @Override
    public String trackingCode(String caseNumber, String implementationCode, Instant acceptedAt) {
        return "https://platform.kiosk.example/cases/" + caseNumber;
    }

    @Override
    public String checkInCode(String appointmentCode, Appointment booked) {
        return "https://platform.kiosk.example/appointments/" + appointmentCode;
    }

    @Override
    public String publicKeys() {
        return "{\"keys\":[]}";
    }
}
