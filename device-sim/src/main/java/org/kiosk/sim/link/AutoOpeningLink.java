package org.kiosk.sim.link;

/**
 * A link that opens by itself: a serial port as soon as its path exists, streams handed over already open.
 * Starting and plugging in only arm it, so they cannot fail.
 */
public interface AutoOpeningLink extends DeviceLink {

    @Override
    void start();

    @Override
    void plugIn();
}
