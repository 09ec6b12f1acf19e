/**
 * The citizen's touchscreen.
 *
 * <p>Adding a journey's screen:
 * <ol>
 * <li>Implement {@link org.kiosk.app.ui.screen.Screen} in {@code ui.screens} (or the journey's own subpackage): a stable
 * {@code id()} and {@code build(ScreenContext)}, which builds fresh nodes each time from
 * {@link org.kiosk.app.ui.screen.ScreenContext#text} (add the keys to all three {@code messages_*.properties}) and the
 * context's factories ({@code heading}, {@code body}, {@code primary}, {@code button}: they carry the audited styles).
 * Keep only non-personal state in the screen object; the chrome (language, elder mode, counter, call staff) is added
 * around it.</li>
 * <li>Move on with {@code context.navigator().show(next)}, {@code back()}, {@code home()}, or {@code endVisit()} when
 * the visit is over (it wipes and asks for the card).</li>
 * <li>Personal data goes into {@code context.session()} ({@link org.kiosk.app.ui.session.KioskSession}:
 * {@code putDocumentField}, {@code putAnswer}, {@code putPhoto}) and is read back from it at build time; anything
 * else holding personal data (an image, a buffer) registers {@code session.onWipe(...)}. Nodes showing personal data
 * carry the style class {@code personal}.</li>
 * <li>Services the screen needs come through a small interface added to {@link org.kiosk.app.ui.UiServices} (a bean
 * in {@link org.kiosk.app.ui.UiConfiguration}), never a device class.</li>
 * <li>Add a {@link org.kiosk.app.ui.audit.TourStop} per state of the screen to
 * {@link org.kiosk.app.ui.audit.FoundationTour#all}: the audit test and the {@code tour} journey then cover it in every
 * language and mode; a scripted journey implements {@link org.kiosk.app.ui.headless.Journey} and is listed in
 * {@link org.kiosk.app.ui.headless.Journeys#all}.</li>
 * </ol>
 */
package org.kiosk.app.ui;
