/**
 * The kiosk as a systemd service: readiness and the watchdog reported through systemd's notification socket
 * ({@link org.kiosk.app.appliance.SystemdNotifier}, {@link org.kiosk.app.appliance.SystemdWatchdog}). Outside systemd
 * (no {@code NOTIFY_SOCKET}) nothing here runs.
 */
package org.kiosk.app.appliance;
