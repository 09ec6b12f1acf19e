package org.kiosk.device.qr.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameSourceTest {

    @TempDir
    Path dir;

    @Test
    void aFileSourceGivesItsImageOnce() throws Exception {
        Path file = write("one.png", QrEncoder.png("file frame", ErrorCorrectionLevel.M, 4, 4), 0);
        try (FileFrameSource source = new FileFrameSource(file)) {
            Frame frame = source.next().orElseThrow();
            assertThat(frame.name()).isEqualTo("one.png");
            assertThat(new QrImageDecoder().decode(frame.image()).codes()).extracting(DecodedQr::text)
                    .containsExactly("file frame");
            assertThat(source.next()).isEmpty();
        }
    }

    @Test
    void unreadableFilesGiveAClearError() throws Exception {
        byte[] png = QrEncoder.png("truncated", ErrorCorrectionLevel.M, 4, 4);
        refuses(write("truncated.png", Arrays.copyOf(png, png.length / 2), 0), "truncated.png: truncated or corrupt");
        refuses(write("empty.png", new byte[0], 0), "empty.png: the file is empty");
        refuses(write("text.png", "not an image".getBytes(StandardCharsets.US_ASCII), 0), "text.png: not an image");
        refuses(dir.resolve("missing.png"), "missing.png: cannot be read");
        refuses(write("bomb.png", pngHeader(100_000, 100_000), 0), "bomb.png: 100000×100000 pixels");
    }

    @Test
    void aDirectorySourceReadsStableNewFilesOnceInOrder() throws Exception {
        byte[] png = QrEncoder.png("folder frame", ErrorCorrectionLevel.M, 4, 4);
        write("b.png", png, 2);
        write("a.png", png, 1);
        write(".hidden.png", png, 1);
        write("c.png.part", png, 1);
        write("notes.txt", png, 1);
        try (DirectoryFrameSource source = new DirectoryFrameSource(dir)) {
            assertThat(source.next()).as("first look: not yet known to be complete").isEmpty();
            assertThat(source.next().orElseThrow().name()).isEqualTo("a.png");
            assertThat(source.next().orElseThrow().name()).isEqualTo("b.png");
            assertThat(source.next()).isEmpty();
            assertThat(source.next()).isEmpty();

            write("c.png", png, 3);
            assertThat(source.next()).isEmpty();
            assertThat(source.next().orElseThrow().name()).isEqualTo("c.png");
            assertThat(source.next()).isEmpty();
        }
    }

    @Test
    void aFileStillBeingWrittenWaitsUntilItStopsChanging() throws Exception {
        byte[] png = QrEncoder.png("growing", ErrorCorrectionLevel.M, 4, 4);
        try (DirectoryFrameSource source = new DirectoryFrameSource(dir)) {
            write("growing.png", Arrays.copyOf(png, 40), 1);
            assertThat(source.next()).isEmpty();
            write("growing.png", Arrays.copyOf(png, 90), 2);
            assertThat(source.next()).isEmpty();
            write("growing.png", png, 3);
            assertThat(source.next()).isEmpty();
            Frame frame = source.next().orElseThrow();
            assertThat(new QrImageDecoder().decode(frame.image()).codes()).extracting(DecodedQr::text)
                    .containsExactly("growing");
        }
    }

    @Test
    void aBrokenFileIsReportedOnceThenSkipped() throws Exception {
        byte[] png = QrEncoder.png("after the broken one", ErrorCorrectionLevel.M, 4, 4);
        write("1-broken.png", Arrays.copyOf(png, 60), 1);
        write("2-good.png", png, 2);
        try (DirectoryFrameSource source = new DirectoryFrameSource(dir)) {
            assertThat(source.next()).isEmpty();
            assertThatThrownBy(source::next).isInstanceOf(FrameException.class)
                    .hasMessageStartingWith("1-broken.png: truncated or corrupt");
            assertThat(source.next().orElseThrow().name()).isEqualTo("2-good.png");
            assertThat(source.next()).isEmpty();
            assertThat(source.next()).isEmpty();

            write("1-broken.png", png, 5);
            assertThat(source.next()).isEmpty();
            assertThat(source.next().orElseThrow().name()).isEqualTo("1-broken.png");
        }
    }

    @Test
    void aMissingFolderIsAFrameException() {
        try (DirectoryFrameSource source = new DirectoryFrameSource(dir.resolve("absent"))) {
            assertThatThrownBy(source::next).isInstanceOf(FrameException.class)
                    .hasMessageContaining("cannot be listed");
        }
    }

    private Path write(String name, byte[] bytes, int minute) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-03-02T08:00:00Z").plusSeconds(60L * minute)));
        return file;
    }

    private static void refuses(Path file, String message) {
        try (FileFrameSource source = new FileFrameSource(file)) {
            assertThatThrownBy(source::next).isInstanceOf(FrameException.class).hasMessageStartingWith(message);
        }
    }

    /** A PNG signature and an IHDR chunk claiming the given size, and nothing more. */
    private static byte[] pngHeader(int width, int height) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(chunk);
        ihdr.writeBytes("IHDR");
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] {8, 0, 0, 0, 0});
        out.writeInt(13);
        out.write(chunk.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }
}
