package org.kiosk.device.qr.image;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One image from a frame source.
 *
 * @param name  where it came from (a file name), for error messages and the technician's output
 * @param image the pixels
 */
public record Frame(String name, BufferedImage image) {
    public Frame {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
    }
}
