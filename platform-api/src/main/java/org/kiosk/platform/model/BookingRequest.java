package org.kiosk.platform.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * @param contactPhone for a reminder text, or null; personal data, withheld by {@link #toString()}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingRequest(String slotId, String contactPhone) {

    @Override
    public String toString() {
        return "BookingRequest[" + slotId + (contactPhone == null ? "" : ", phone withheld") + "]";
    }
}
