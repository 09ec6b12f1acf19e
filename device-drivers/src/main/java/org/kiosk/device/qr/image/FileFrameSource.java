package org.kiosk.device.qr.image;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** One image file as a single frame: for tests and {@code kioskctl qr decode}. */
public final class FileFrameSource implements FrameSource {

    private final Path file;
    private boolean read;

    public FileFrameSource(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public Optional<Frame> next() throws FrameException {
        if (read) {
            return Optional.empty();
        }
        read = true;
        return Optional.of(new Frame(file.getFileName().toString(), ImageFiles.read(file)));
    }
}
