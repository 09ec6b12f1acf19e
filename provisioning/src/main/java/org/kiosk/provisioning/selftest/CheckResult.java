package org.kiosk.provisioning.selftest;

/**
 * One self-test check.
 *
 * @param check          what was checked: {@code printer}, {@code idcard}, {@code fingerprint}, {@code qr}, {@code passport}, {@code platform}
 * @param result         {@code PASS}, {@code FAIL} or {@code SKIPPED}
 * @param reason         what was seen, or why it failed or was skipped; never personal data
 * @param startedAt      ISO-8601 instant the check began
 * @param durationMillis how long it took
 */
public record CheckResult(String check, Result result, String reason, String startedAt, long durationMillis) {

    public enum Result { PASS, FAIL, SKIPPED }
}
