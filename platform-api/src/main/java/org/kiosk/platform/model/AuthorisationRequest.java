package org.kiosk.platform.model;

/**
 * The simulator's admin request for an electronic-ID code (what a citizen's phone app would make).
 *
 * @param citizen one of the simulator's fictional citizens
 * @param expired whether the code's lifetime is already over
 */
public record AuthorisationRequest(String citizen, boolean expired) {
}
