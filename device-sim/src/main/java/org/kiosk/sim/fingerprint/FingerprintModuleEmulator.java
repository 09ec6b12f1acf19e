package org.kiosk.sim.fingerprint;

import org.kiosk.sim.link.AutoOpeningLink;
import org.kiosk.sim.link.CableChoice;
import org.kiosk.sim.link.FaultingEmulator;
import org.kiosk.sim.link.Pacer;
import org.kiosk.sim.link.Replies;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An AS608 / R30x fingerprint module on the device end of a cable: a serial port (the device end of a pty pair in
 * tests) or, for unit tests, a pair of streams. It answers the {@link Instruction}s as the protocol notes document
 * them, with a scripted finger on its sensor ({@link #finger}, {@link #noFinger()}, {@link #poorImage}), two
 * character buffers and a template library of {@code capacity} pages.
 *
 * <ul>
 *   <li>Packets for another address are not answered, as a module ignores what is not meant for it; bytes before
 *       a start code are skipped.</li>
 *   <li>A packet with a bad checksum or length, an unknown instruction or wrong parameters: {@code 01}.</li>
 *   <li>When a password is required (by default only when it is not 0), every instruction but VfyPwd is answered
 *       {@code 21} until VfyPwd gives the right one; a wrong one is answered {@code 13}.</li>
 *   <li>GenImg captures what lies on the sensor: no finger {@code 02}; Img2Tz turns the captured image into
 *       features ({@code 15} without one; a poor image gives its {@code 06} or {@code 07}).</li>
 *   <li>Match, Search and RegModel follow {@link MatchRule}: the finger of the person whose card template is
 *       {@code T} ({@link #fingerOf(byte[])}) scores 150 against {@code T} (the same features twice: 200), any
 *       other pair under 30; under the threshold of the security level ({@code 20 + 10 × level}) Match answers
 *       {@code 08} with its score, Search {@code 09}.</li>
 *   <li>UpChar sends the acknowledge, then the buffer's 512 bytes in data packets of the packet size, the last one
 *       marked end of data. After DownChar's acknowledge the host's data packets fill the buffer; a download that
 *       does not bring exactly 512 bytes, or that another packet interrupts, leaves the buffer blank (all zeros,
 *       which matches nothing). UpImage is answered {@code 0F}: this module gives no images out.</li>
 *   <li>SetSysPara changes the baud (the pacing of replies after its acknowledge; the serial port's own setting,
 *       meaningless on a pty, stays), the security level or the packet size; an unknown register or value:
 *       {@code 1A}.</li>
 * </ul>
 *
 * <pre>{@code
 * try (FingerprintModuleEmulator module = FingerprintModuleEmulator.builder().serial(pty.devicePath()).build()) {
 *     module.start();
 *     module.finger(FingerprintModuleEmulator.fingerOf(card.fingerprints().get(0)));
 *     module.inject(Fault.corruptChecksum(2).on(Instruction.UP_CHAR));
 *     ... the driver opens pty.hostPath() ...
 * }
 * }</pre>
 *
 * <p>Replies go out at the baud (10 bits a byte), so UpChar's 12-byte acknowledge and four 139-byte data packets
 * take about 99 ms at 57600. Unplugged, the module loses power: the password must be verified again, buffers are
 * cleared. Scripting the finger, the library, faults, unplug and plug-in are thread-safe.
 */
public final class FingerprintModuleEmulator extends FaultingEmulator<AutoOpeningLink, Fault> {

    public static final int DEFAULT_ADDRESS = 0xFFFFFFFF;
    public static final int DEFAULT_PASSWORD = 0;
    public static final int DEFAULT_BAUD = 57_600;
    public static final int DEFAULT_PACKET_SIZE = 128;
    public static final int DEFAULT_CAPACITY = 300;
    public static final int DEFAULT_SECURITY_LEVEL = 3;
    /** The most pages the index table can tell about. */
    public static final int MAX_CAPACITY = ModuleCore.INDEX_TABLE_PAGES * 256;
    public static final int TEMPLATE_BYTES = MatchRule.TEMPLATE_BYTES;

    private static final String DEVICE_NAME = "fingerprint-sim";

    private final ModuleCore core;
    private final String description;

    private FingerprintModuleEmulator(Builder b) {
        super("fingerprint module emulator", listener -> b.cable.link(DEVICE_NAME, b.baud, listener));
        boolean passwordRequired = b.passwordRequired != null ? b.passwordRequired : b.password != 0;
        this.core = new ModuleCore(new ModuleCore.Settings(b.address, b.password, passwordRequired, b.capacity,
                b.securityLevel, b.packetSize, b.baud), faults());
        b.templates.forEach(core::store);
        this.description = b.cable.describe();
    }

    /** A builder; choose {@code serial} or {@code streams}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The live features of the finger of the person whose card template is {@code cardTemplate}: what Img2Tz
     * makes of that finger, matching the card template with score 150.
     */
    public static byte[] fingerOf(byte[] cardTemplate) {
        return MatchRule.liveOf(cardTemplate);
    }

    /** The live features of a finger that matches no card's template (nor any {@link #fingerOf} finger). */
    public static byte[] strangerFinger() {
        return MatchRule.stranger();
    }

    /** The score below which the module answers no match, at a security level of 1 to 5. */
    public static int matchThreshold(int securityLevel) {
        checkSecurityLevel(securityLevel);
        return MatchRule.threshold(securityLevel);
    }

    /** Opens the port (and keeps reopening it, see {@link #unplug()}) or starts reading the stream. Idempotent. */
    public void start() {
        startOnce(link()::start);
    }

    /** Nothing on the sensor: GenImg answers {@code 02}. */
    public void noFinger() {
        core.place(new ModuleCore.NoFinger());
    }

    /** A finger on the sensor whose features are {@code liveTemplate} (512 bytes), e.g. {@link #fingerOf}. */
    public void finger(byte[] liveTemplate) {
        MatchRule.checkSize(liveTemplate);
        core.place(new ModuleCore.LiveFinger(liveTemplate.clone()));
    }

    /**
     * A finger whose image cannot be used: GenImg succeeds, Img2Tz answers {@code code}: {@code 0x06} image too
     * messy or {@code 0x07} too few feature points.
     */
    public void poorImage(int code) {
        if (code != ModulePackets.TOO_MESSY && code != ModulePackets.TOO_FEW_FEATURES) {
            throw new IllegalArgumentException(String.format(
                    "a poor image gives code 06 (too messy) or 07 (too few feature points), not %02X", code));
        }
        core.place(new ModuleCore.PoorFinger(code));
    }

    /** Puts {@code template} (512 bytes) on library page {@code page}, as Store would. */
    public void storeTemplate(int page, byte[] template) {
        checkPage(page, core.capacity());
        MatchRule.checkSize(template);
        core.store(page, template);
    }

    /** The template on library page {@code page}. */
    public Optional<byte[]> storedTemplate(int page) {
        checkPage(page, core.capacity());
        return core.stored(page);
    }

    public int templateCount() {
        return core.templateCount();
    }

    public int capacity() {
        return core.capacity();
    }

    /** The security level now (SetSysPara may change it). */
    public int securityLevel() {
        return core.securityLevel();
    }

    /** The data packet size now, in bytes (SetSysPara may change it). */
    public int packetSize() {
        return core.packetSize();
    }

    /** The baud replies are paced at now (SetSysPara may change it). */
    public int baud() {
        return core.baud();
    }

    /** Whether VfyPwd has succeeded since the module last got power. */
    public boolean passwordVerified() {
        return core.passwordVerified();
    }

    /** Plugs the cable back: a serial port is reopened as soon as its path exists. */
    public void plugIn() {
        link().plugIn();
    }

    @Override
    public String toString() {
        return "FingerprintModuleEmulator[" + description + ", " + core.baud() + " baud]";
    }

    @Override
    protected void dropped() {
        core.linkLost();
    }

    @Override
    protected void received(byte[] data, int length, Replies replies) {
        for (ModuleCore.Response response : core.receive(data, length)) {
            boolean sent = Pacer.pause(response.delay(), replies)
                    && Pacer.send(response.bytes(), response.baud(), replies);
            if (response.unplug()) {
                link().unplug();
                return;
            }
            if (!sent) {
                return;
            }
        }
    }

    private static void checkSecurityLevel(int level) {
        if (level < 1 || level > ModuleCore.MAX_SECURITY_LEVEL) {
            throw new IllegalArgumentException("security level is 1-" + ModuleCore.MAX_SECURITY_LEVEL + ", got "
                    + level);
        }
    }

    private static void checkPage(int page, int capacity) {
        if (page < 0 || page >= capacity) {
            throw new IllegalArgumentException("page must be 0-" + (capacity - 1) + ", got " + page);
        }
    }

    /** Settings of a {@link FingerprintModuleEmulator}. */
    public static final class Builder {
        private final CableChoice cable = new CableChoice();
        private int address = DEFAULT_ADDRESS;
        private int password = DEFAULT_PASSWORD;
        private Boolean passwordRequired;
        private int baud = DEFAULT_BAUD;
        private int packetSize = DEFAULT_PACKET_SIZE;
        private int capacity = DEFAULT_CAPACITY;
        private int securityLevel = DEFAULT_SECURITY_LEVEL;
        private final Map<Integer, byte[]> templates = new HashMap<>();

        private Builder() {
        }

        /** Serve the serial port at {@code devicePath} (for a pty pair: {@code PtyPair.devicePath()}). */
        public Builder serial(Path devicePath) {
            cable.serial(devicePath);
            return this;
        }

        /** Serve a pair of streams; they are closed with the emulator. */
        public Builder streams(InputStream fromHost, OutputStream toHost) {
            cable.streams(fromHost, toHost);
            return this;
        }

        /** The module's address (any 32-bit value); default {@code FFFFFFFF}. */
        public Builder address(int moduleAddress) {
            address = moduleAddress;
            return this;
        }

        /** The module's password (any 32-bit value); default 0. */
        public Builder password(int modulePassword) {
            password = modulePassword;
            return this;
        }

        /** Whether VfyPwd must come first; by default only when the password is not 0. */
        public Builder passwordRequired(boolean required) {
            passwordRequired = required;
            return this;
        }

        /** Line speed, N × 9600 for N of 1 to 12; default {@value #DEFAULT_BAUD}. */
        public Builder baud(int bitsPerSecond) {
            if (bitsPerSecond % ModuleCore.BAUD_UNIT != 0 || bitsPerSecond < ModuleCore.BAUD_UNIT
                    || bitsPerSecond > ModuleCore.MAX_BAUD_MULTIPLE * ModuleCore.BAUD_UNIT) {
                throw new IllegalArgumentException("baud must be N x 9600 for N of 1 to 12, got " + bitsPerSecond);
            }
            baud = bitsPerSecond;
            return this;
        }

        /** Bytes of template in each data packet: 32, 64, 128 or 256; default {@value #DEFAULT_PACKET_SIZE}. */
        public Builder packetSize(int bytes) {
            if (Arrays.binarySearch(ModuleCore.PACKET_SIZES, bytes) < 0) {
                throw new IllegalArgumentException("packet size is 32, 64, 128 or 256, got " + bytes);
            }
            packetSize = bytes;
            return this;
        }

        /** Library pages, 1 to {@value #MAX_CAPACITY}; default {@value #DEFAULT_CAPACITY}. */
        public Builder capacity(int pages) {
            if (pages < 1 || pages > MAX_CAPACITY) {
                throw new IllegalArgumentException("capacity is 1-" + MAX_CAPACITY + " pages, got " + pages);
            }
            capacity = pages;
            return this;
        }

        /** 1 (most lenient) to 5; default {@value #DEFAULT_SECURITY_LEVEL}. */
        public Builder securityLevel(int level) {
            checkSecurityLevel(level);
            securityLevel = level;
            return this;
        }

        /** A template stored on library page {@code page} from the start. */
        public Builder template(int page, byte[] template) {
            MatchRule.checkSize(template);
            if (page < 0) {
                throw new IllegalArgumentException("page must not be negative, got " + page);
            }
            templates.put(page, template.clone());
            return this;
        }

        /**
         * @throws IllegalStateException when neither serial nor streams was chosen
         * @throws IllegalArgumentException when a stored template's page is beyond the capacity
         */
        public FingerprintModuleEmulator build() {
            cable.requireChosen();
            templates.keySet().forEach(page -> checkPage(page, capacity));
            return new FingerprintModuleEmulator(this);
        }
    }
}
