package org.kiosk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosk.provisioning.KioskCtlRuns.assertUsageError;
import static org.kiosk.provisioning.KioskCtlRuns.kioskctl;
import static org.kiosk.provisioning.KioskCtlRuns.succeededWithJson;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosk.device.qr.image.QrEncoder;
import org.kiosk.platform.code.CodeClaims.CaseTrackingCode;
import org.kiosk.platform.code.CodeClaims.Issued;
import org.kiosk.platform.code.CodeSigner;
import org.kiosk.platform.code.JwkSet;
import org.kiosk.platform.code.SigningKey;
import org.kiosk.provisioning.KioskCtlRuns.Outcome;

/** {@code kioskctl qr decode} on image files holding signed codes, foreign codes and no code at all. */
class QrDecodeCommandTest {

    private static final String ISSUER = "gd-platform";

    @TempDir
    Path dir;

    private final SigningKey platformKey = SigningKey.generate("platform-1");
    private final String caseCode = new CodeSigner(platformKey).sign(caseTracking().toClaims());

    @Test
    void withoutKeysShowsTheClaimedKindButNotTheText() throws Exception {
        Path image = image("receipt.png", caseCode, "https://example.com/promo");

        Outcome run = kioskctl("qr", "decode", image.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(no --keys: kinds are as claimed, not verified)")
                .contains("receipt.png: 2 code(s)")
                .contains("CASE_TRACKING UNVERIFIED")
                .contains("UNKNOWN REJECTED NOT_OURS")
                .doesNotContain(caseCode).doesNotContain("example.com");
    }

    @Test
    void withThePublishedKeysVerifiesEachCode() throws Exception {
        Path keys = Files.writeString(dir.resolve("jwks.json"), new JwkSet(List.of(platformKey.publicEntry())).toJson());
        String forged = new CodeSigner(SigningKey.generate("platform-1")).sign(caseTracking().toClaims());
        Path image = image("codes.png", caseCode, forged);

        Map<String, Object> json = succeededWithJson(kioskctl("qr", "decode", image.toString(), "--keys",
                keys.toString(), "--issuer", ISSUER, "--json"));

        assertThat(json).containsEntry("verified", true);
        List<Map<String, Object>> codes = codes(json, 0);
        assertThat(codes).extracting(c -> c.get("status") + " " + c.get("rejection"))
                .containsExactlyInAnyOrder("VALID null", "REJECTED BAD_SIGNATURE");
        assertThat(codes).allSatisfy(code -> assertThat(code).doesNotContainKey("text")
                .containsEntry("kind", code.get("status").equals("VALID") ? "CASE_TRACKING" : "UNKNOWN"));
        assertThat(codes.getFirst().get("points")).asList().hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void revealPrintsTheTextWithControlCharactersEscaped() throws Exception {
        Path image = image("hostile.png", "hello\u001b[2Jworld\u202e");

        Outcome run = kioskctl("qr", "decode", "--reveal", image.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("hello\\u001B[2Jworld\\u202E").doesNotContain("\u001b");
    }

    @Test
    void aFileWithoutACodeOrUnreadableFailsAndSaysWhy() throws Exception {
        BufferedImage blank = new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY);
        Path empty = dir.resolve("blank.png");
        ImageIO.write(blank, "png", empty.toFile());
        Path broken = Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        Outcome run = kioskctl("qr", "decode", empty.toString(), broken.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(KioskCtl.EXIT_FAILED);
        Map<String, Object> json = run.json();
        assertThat(codes(json, 0)).isEmpty();
        assertThat(file(json, 1).get("error")).asString().startsWith("broken.png: ");
    }

    @Test
    void keyOptionsAreCheckedBeforeAnyFileIsRead() throws Exception {
        Path image = image("one.png", caseCode);
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"keys\":[{\"kty\":\"EC\",\"crv\":\"P-384\"}]}");

        assertUsageError(kioskctl("qr", "decode", image.toString(), "--keys", bad.toString()), "--issuer");
        assertUsageError(kioskctl("qr", "decode", image.toString(), "--keys", bad.toString(), "--issuer", ISSUER),
                "--keys", "not a usable key set");
        assertUsageError(kioskctl("qr", "decode", image.toString(), "--issuer", ISSUER), "go with --keys");
        assertUsageError(kioskctl("qr", "decode"), "FILE");
    }

    private static CaseTrackingCode caseTracking() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new CaseTrackingCode(new Issued(ISSUER, "case-1", now, now, now.plus(365, ChronoUnit.DAYS)),
                "GD2026030200123");
    }

    /** The texts as QR codes side by side on one white image. */
    private Path image(String name, String... texts) throws Exception {
        BufferedImage image = new BufferedImage(700 * texts.length, 700, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < texts.length; i++) {
            g.drawImage(QrEncoder.image(texts[i], ErrorCorrectionLevel.M, 4, 5), 700 * i + 20, 20, null);
        }
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> file(Map<String, Object> json, int index) {
        return ((List<Map<String, Object>>) json.get("files")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> codes(Map<String, Object> json, int index) {
        return (List<Map<String, Object>>) file(json, index).get("codes");
    }
}
