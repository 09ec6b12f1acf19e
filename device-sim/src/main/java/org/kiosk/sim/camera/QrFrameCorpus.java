package org.kiosk.sim.camera;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.PerspectiveTransform;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Camera frames (1280×720) with QR codes under one {@link Distortion} each, for decoder tests and the decode
 * benchmark. The same seed gives the same frames, byte for byte. Frames are drawn here from first principles (an
 * inverse-mapped homography with bilinear sampling, then blur and noise on the whole frame) so the corpus shares no
 * image code with the decoder under test.
 */
public final class QrFrameCorpus {

    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final long seed;

    public QrFrameCorpus(long seed) {
        this.seed = seed;
    }

    /** {@code perDistortion} frames of each distortion, in enum order. */
    public List<SyntheticFrame> frames(int perDistortion) {
        List<SyntheticFrame> frames = new ArrayList<>();
        for (Distortion distortion : Distortion.values()) {
            for (int i = 0; i < perDistortion; i++) {
                frames.add(frame(distortion, i));
            }
        }
        return frames;
    }

    /** The {@code index}-th frame of a distortion; independent of any other frame, so any subset reproduces. */
    public SyntheticFrame frame(Distortion distortion, int index) {
        Random random = new Random(seed * 1_000_003L + distortion.ordinal() * 10_007L + index);
        float[] frame = new float[WIDTH * HEIGHT];
        background(frame, random);
        boolean inverted = distortion == Distortion.INVERTED;
        boolean lowContrast = distortion == Distortion.LOW_CONTRAST;
        float dark = lowContrast ? 105 + random.nextInt(20) : 20 + random.nextInt(25);
        float light = lowContrast ? dark + 40 : 215 + random.nextInt(30);
        int codes = distortion == Distortion.SEVERAL ? 2 + random.nextInt(3) : 1;
        List<String> payloads = new ArrayList<>();
        List<int[]> placed = new ArrayList<>();
        float modulePixelsDrawn = 4;
        for (int c = 0; c < codes; c++) {
            String payload = payload(random);
            BitMatrix modules = encode(payload);
            int side = modules.getWidth();
            float maxModulePixels = codes > 2 ? 4 : codes > 1 ? 5 : 7;
            float modulePixels = 3.5f + random.nextFloat() * (maxModulePixels - 3.5f);
            // a code turned 45° needs its diagonal to fit the frame's height
            modulePixels = Math.min(modulePixels, (HEIGHT - 16) / (side * 1.5f));
            modulePixelsDrawn = modulePixels;
            float size = side * modulePixels;
            float[] corners = corners(distortion, size, random);
            if (!place(corners, placed, random)) {
                continue;
            }
            float[] tile = tile(modules, distortion == Distortion.OCCLUSION ? random : null);
            draw(frame, tile, side, corners, inverted ? light : dark, inverted ? dark : light);
            payloads.add(payload);
        }
        if (distortion == Distortion.BLUR) {
            blur(frame, modulePixelsDrawn * (0.3f + random.nextFloat() * 0.15f));
        } else {
            blur(frame, 0.5f);
        }
        float noise = distortion == Distortion.NOISE ? 12 + random.nextFloat() * 8 : 2;
        float[] gaussian = new float[4096];
        for (int i = 0; i < gaussian.length; i++) {
            gaussian[i] = (float) random.nextGaussian() * noise;
        }
        // a table of Gaussian samples picked at random: a million nextGaussian() calls would dominate the frame's cost
        for (int i = 0; i < frame.length; i++) {
            frame[i] += gaussian[random.nextInt(gaussian.length)];
        }
        return new SyntheticFrame(distortion, toImage(frame, random), payloads);
    }

    /** Text shaped like our signed codes: three base64url parts, 60 to 450 characters in all. */
    private static String payload(Random random) {
        int length = 60 + random.nextInt(391);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            boolean dot = i == length / 4 || i == length * 3 / 4;
            text.append(dot ? '.' : BASE64URL.charAt(random.nextInt(BASE64URL.length())));
        }
        return text.toString();
    }

    private static BitMatrix encode(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("a generated payload of " + payload.length() + " characters must fit", e);
        }
    }

    /** Where the code's four corners land, clockwise from top-left, before placement (around the origin). */
    private static float[] corners(Distortion distortion, float size, Random random) {
        float h = size / 2;
        float[] corners = {-h, -h, h, -h, h, h, -h, h};
        double angle = switch (distortion) {
            case ROTATION -> random.nextDouble() * 2 * Math.PI;
            case PERSPECTIVE -> (random.nextDouble() - 0.5) * 0.3;
            default -> (random.nextDouble() - 0.5) * 0.1;
        };
        if (distortion == Distortion.PERSPECTIVE) {
            // one edge nearer the camera: widen it, narrow the opposite one, and shift a little
            float tilt = size * (0.04f + random.nextFloat() * 0.06f);
            int edge = random.nextInt(4);
            int a = edge * 2;
            int b = ((edge + 1) % 4) * 2;
            int c = ((edge + 2) % 4) * 2;
            int d = ((edge + 3) % 4) * 2;
            spread(corners, a, b, tilt);
            spread(corners, c, d, -tilt);
            for (int i = 0; i < 8; i++) {
                corners[i] += (random.nextFloat() - 0.5f) * size * 0.04f;
            }
        }
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (int i = 0; i < 8; i += 2) {
            float x = corners[i];
            float y = corners[i + 1];
            corners[i] = (float) (x * cos - y * sin);
            corners[i + 1] = (float) (x * sin + y * cos);
        }
        return corners;
    }

    /** Moves two corners apart (or together) along the edge joining them. */
    private static void spread(float[] corners, int a, int b, float amount) {
        float dx = corners[b] - corners[a];
        float dy = corners[b + 1] - corners[a + 1];
        float length = (float) Math.hypot(dx, dy);
        float ux = dx / length * amount / 2;
        float uy = dy / length * amount / 2;
        corners[a] -= ux;
        corners[a + 1] -= uy;
        corners[b] += ux;
        corners[b + 1] += uy;
    }

    /** Moves the corners to a random free spot of the frame; false if none was found. */
    private static boolean place(float[] corners, List<int[]> placed, Random random) {
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (int i = 0; i < 8; i += 2) {
            minX = Math.min(minX, corners[i]);
            maxX = Math.max(maxX, corners[i]);
            minY = Math.min(minY, corners[i + 1]);
            maxY = Math.max(maxY, corners[i + 1]);
        }
        int width = (int) Math.ceil(maxX - minX);
        int height = (int) Math.ceil(maxY - minY);
        if (width >= WIDTH - 8 || height >= HEIGHT - 8) {
            return false;
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            int left = 4 + random.nextInt(WIDTH - width - 8);
            int top = 4 + random.nextInt(HEIGHT - height - 8);
            int[] box = {left, top, left + width, top + height};
            boolean free = placed.stream().noneMatch(other -> box[0] < other[2] + 16 && other[0] < box[2] + 16
                    && box[1] < other[3] + 16 && other[1] < box[3] + 16);
            if (free) {
                placed.add(box);
                for (int i = 0; i < 8; i += 2) {
                    corners[i] += left - minX;
                    corners[i + 1] += top - minY;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The code's modules as coverage (1 dark, 0 light), one value per module; with an occluder, a blob of
     * {@code -1} (the finger) over up to a tenth of the data area, clear of the three finder patterns.
     */
    private static float[] tile(BitMatrix modules, Random occluder) {
        int side = modules.getWidth();
        float[] tile = new float[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                tile[y * side + x] = modules.get(x, y) ? 1 : 0;
            }
        }
        if (occluder != null) {
            int symbol = side - 8;
            int finder = 4 + 9;
            float radiusX = symbol * (0.10f + occluder.nextFloat() * 0.05f);
            float radiusY = symbol * (0.06f + occluder.nextFloat() * 0.04f);
            float cx = finder + radiusX + occluder.nextFloat() * Math.max(1, side - 2 * finder - 2 * radiusX);
            float cy = finder + radiusY + occluder.nextFloat() * Math.max(1, side - 2 * finder - 2 * radiusY);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    float dx = (x + 0.5f - cx) / radiusX;
                    float dy = (y + 0.5f - cy) / radiusY;
                    if (dx * dx + dy * dy <= 1) {
                        tile[y * side + x] = -1;
                    }
                }
            }
        }
        return tile;
    }

    /**
     * Inverse-maps each frame pixel inside the code's quadrilateral onto the module it falls in; the blur applied to
     * the whole frame afterwards stands in for the lens, so module edges are not staircases.
     */
    private static void draw(float[] frame, float[] tile, int side, float[] c, float dark, float light) {
        PerspectiveTransform toTile = PerspectiveTransform.quadrilateralToQuadrilateral(
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
                0, 0, side, 0, side, side, 0, side);
        int minX = (int) Math.floor(Math.min(Math.min(c[0], c[2]), Math.min(c[4], c[6])));
        int maxX = (int) Math.ceil(Math.max(Math.max(c[0], c[2]), Math.max(c[4], c[6])));
        int minY = (int) Math.floor(Math.min(Math.min(c[1], c[3]), Math.min(c[5], c[7])));
        int maxY = (int) Math.ceil(Math.max(Math.max(c[1], c[3]), Math.max(c[5], c[7])));
        float finger = 150;
        float[] point = new float[2];
        for (int y = Math.max(0, minY); y <= Math.min(HEIGHT - 1, maxY); y++) {
            for (int x = Math.max(0, minX); x <= Math.min(WIDTH - 1, maxX); x++) {
                point[0] = x + 0.5f;
                point[1] = y + 0.5f;
                toTile.transformPoints(point);
                int u = (int) Math.floor(point[0]);
                int v = (int) Math.floor(point[1]);
                if (u < 0 || v < 0 || u >= side || v >= side) {
                    continue;
                }
                float coverage = tile[v * side + u];
                frame[y * WIDTH + x] = coverage < 0 ? finger : light + (dark - light) * coverage;
            }
        }
    }

    /** A lit scene: a soft gradient with a few darker and lighter rectangles (a counter, papers, a sleeve). */
    private static void background(float[] frame, Random random) {
        float base = 150 + random.nextInt(60);
        float gx = (random.nextFloat() - 0.5f) * 60 / WIDTH;
        float gy = (random.nextFloat() - 0.5f) * 60 / HEIGHT;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                frame[y * WIDTH + x] = base + gx * x + gy * y;
            }
        }
        int shapes = 4 + random.nextInt(6);
        for (int s = 0; s < shapes; s++) {
            int w = 40 + random.nextInt(400);
            int h = 20 + random.nextInt(300);
            int left = random.nextInt(WIDTH - w);
            int top = random.nextInt(HEIGHT - h);
            float shade = 40 + random.nextInt(200);
            for (int y = top; y < top + h; y++) {
                for (int x = left; x < left + w; x++) {
                    frame[y * WIDTH + x] = shade;
                }
            }
        }
    }

    /** Separable Gaussian blur, in place. */
    private static void blur(float[] frame, float sigma) {
        int radius = (int) Math.ceil(sigma * 3);
        float[] kernel = new float[2 * radius + 1];
        float sum = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = (float) Math.exp(-(i * i) / (2 * sigma * sigma));
            sum += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= sum;
        }
        float[] pass = new float[frame.length];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                float value = 0;
                for (int k = -radius; k <= radius; k++) {
                    value += kernel[k + radius] * frame[y * WIDTH + Math.clamp(x + k, 0, WIDTH - 1)];
                }
                pass[y * WIDTH + x] = value;
            }
        }
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                float value = 0;
                for (int k = -radius; k <= radius; k++) {
                    value += kernel[k + radius] * pass[Math.clamp(y + k, 0, HEIGHT - 1) * WIDTH + x];
                }
                frame[y * WIDTH + x] = value;
            }
        }
    }

    /** Grey to BGR with a slight colour cast, as a camera's white balance leaves. */
    private static BufferedImage toImage(float[] frame, Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        float blue = 0.95f + random.nextFloat() * 0.1f;
        float red = 0.95f + random.nextFloat() * 0.1f;
        for (int i = 0, p = 0; i < frame.length; i++, p += 3) {
            float value = frame[i];
            bgr[p] = (byte) Math.clamp(Math.round(value * blue), 0, 255);
            bgr[p + 1] = (byte) Math.clamp(Math.round(value), 0, 255);
            bgr[p + 2] = (byte) Math.clamp(Math.round(value * red), 0, 255);
        }
        return image;
    }
}
