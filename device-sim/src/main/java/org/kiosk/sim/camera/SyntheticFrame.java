package org.kiosk.sim.camera;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A generated camera frame and what is in it.
 *
 * @param distortion what was done to the code(s)
 * @param image      the frame, 3-byte BGR as cameras deliver
 * @param payloads   the text of each code drawn, so a test can check what a decoder read
 */
public record SyntheticFrame(Distortion distortion, BufferedImage image, List<String> payloads) {
    public SyntheticFrame {
        payloads = List.copyOf(payloads);
    }
}
