package org.kiosk.device.qr.image;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Frames that a camera program drops into a folder. Each call looks for image files not read yet, oldest first.
 * A file is read only once its size and modification time are the same on two looks in a row, so a frame still
 * being written is not read half-way; writers that write to a hidden or {@code .tmp}/{@code .part} name and rename
 * are picked up at once on their second look. A file is read once: an unreadable one is reported once and then
 * skipped, unless it changes again.
 */
public final class DirectoryFrameSource implements FrameSource {

    /** Bounds the memory of files seen, for a folder that is never cleaned. */
    private static final int MAX_REMEMBERED = 100_000;

    private record Stamp(long size, FileTime modified) {
    }

    private final Path directory;
    private final Map<Path, Stamp> pending = new HashMap<>();
    private final Map<Path, Stamp> done = new HashMap<>();
    private final ArrayDeque<Path> ready = new ArrayDeque<>();

    public DirectoryFrameSource(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public Optional<Frame> next() throws FrameException {
        if (ready.isEmpty()) {
            scan();
        }
        Path file = ready.poll();
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(new Frame(file.getFileName().toString(), ImageFiles.read(file)));
    }

    private void scan() throws FrameException {
        List<Path> stable = new ArrayList<>();
        Map<Path, Stamp> seenNow = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path file : entries) {
                if (!candidate(file)) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException e) {
                    continue; // removed between listing and reading: nothing to do
                }
                if (!attributes.isRegularFile()) {
                    continue;
                }
                Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime());
                if (stamp.equals(done.get(file))) {
                    continue;
                }
                seenNow.put(file, stamp);
                if (stamp.equals(pending.get(file))) {
                    stable.add(file);
                }
            }
        } catch (IOException e) {
            throw new FrameException("the frame folder cannot be listed (" + e.getClass().getSimpleName() + ")", e);
        }
        pending.clear();
        pending.putAll(seenNow);
        stable.sort(Comparator.comparing((Path file) -> seenNow.get(file).modified()).thenComparing(Path::toString));
        if (done.size() + stable.size() > MAX_REMEMBERED) {
            done.keySet().removeIf(file -> !Files.exists(file));
        }
        for (Path file : stable) {
            done.put(file, pending.remove(file));
            ready.add(file);
        }
    }

    private static boolean candidate(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && ImageFiles.hasImageExtension(file);
    }
}
