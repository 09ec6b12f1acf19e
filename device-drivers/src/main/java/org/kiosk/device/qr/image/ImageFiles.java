package org.kiosk.device.qr.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads image files defensively: an image is untrusted (it may come from a folder anyone can write to), so its file
 * size and its declared dimensions are checked before any pixels are decoded, which stops a small file that claims
 * to be 100000×100000 pixels.
 */
final class ImageFiles {

    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    static final int MAX_SIDE = 8192;
    static final long MAX_PIXELS = 4096L * 4096;

    private ImageFiles() {
    }

    static boolean hasImageExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    static BufferedImage read(Path file) throws FrameException {
        String name = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new FrameException(name + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        if (size == 0) {
            throw new FrameException(name + ": the file is empty");
        }
        if (size > MAX_FILE_BYTES) {
            throw new FrameException(name + ": " + size + " bytes, more than the " + MAX_FILE_BYTES
                    + " an image frame may have");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new FrameException(name + ": not an image in a format this kiosk reads (PNG, JPEG, BMP, GIF)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE
                        || (long) width * height > MAX_PIXELS) {
                    throw new FrameException(name + ": " + width + "×" + height + " pixels, outside the " + MAX_SIDE
                            + " per side and " + MAX_PIXELS + " in all an image frame may have");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new FrameException(name + ": the image has no pixels");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO reports truncated or corrupt files as IIOException, EOFException or, in some plugins,
            // unchecked exceptions: all mean the same thing here
            throw new FrameException(name + ": truncated or corrupt image (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
