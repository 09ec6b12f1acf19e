package org.kiosk.device.qr.image;

import java.util.Optional;

/** Where camera frames come from: a file, a folder a camera drops frames into, or a camera. */
public interface FrameSource extends AutoCloseable {

    /**
     * The next frame, or empty when none is ready yet (or, for a finite source, any more).
     *
     * @throws FrameException for a frame that cannot be read; that frame is skipped, and the next call goes on
     */
    Optional<Frame> next() throws FrameException;

    @Override
    default void close() {
    }
}
