package org.kiosk.sim.link;

/** The way back to the host over a {@link DeviceLink}, valid for the connection that delivered the bytes. */
public interface Replies {

    /** Sends bytes to the host; false when the connection is gone (what was not sent is lost with it). */
    boolean write(byte[] bytes, int offset, int length);

    /** Whether replies still reach the host. */
    boolean isOpen();
}
