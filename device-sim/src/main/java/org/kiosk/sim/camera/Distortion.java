package org.kiosk.sim.camera;

/** What a camera does to a QR code on its way into a frame. */
public enum Distortion {
    /** Upright, sharp, full contrast: the baseline. */
    CLEAN,
    /** Turned by any angle. */
    ROTATION,
    /** Held at a slant: a trapezoid whose near edge is 8 to 20% longer than the far one, turned up to 9°. */
    PERSPECTIVE,
    /** Out of focus: Gaussian blur with a sigma of 0.30 to 0.45 module. */
    BLUR,
    /** Sensor noise in a dim room: Gaussian, sigma 12 to 20 grey levels. */
    NOISE,
    /** A dim phone screen or faded print: dark and light 40 grey levels apart. */
    LOW_CONTRAST,
    /** Light modules on dark, as phones in dark mode show codes. */
    INVERTED,
    /** A finger over part of the data area, away from the finder patterns. */
    OCCLUSION,
    /** Two to four codes in one frame. */
    SEVERAL
}
