package org.kiosk.device.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Objects;

/**
 * Turns text into the bytes a printer in Chinese double-byte mode prints, in the profile's charset (GB18030).
 *
 * <p>The printer's fonts cover printable ASCII as single bytes and the two-byte range of the charset (GBK).
 * Anything else is replaced by a visible {@code '?'} and counted, never dropped: characters that need a
 * four-byte GB18030 sequence (emoji, CJK Extension B such as U+20779), characters the charset cannot map,
 * lone surrogates, private-use and unassigned code points, and control characters. Line breaks are the one
 * exception: {@link #encode} turns {@code \n}, {@code \r\n} and {@code \r} into the printer's line feed.
 *
 * <p>Not thread-safe: it keeps one {@link CharsetEncoder}; make one per thread or per print job.
 */
public final class EscPosTextEncoder {

    /** What a non-printable character becomes. */
    public static final char REPLACEMENT = '?';

    /** Text whose every code point is printable or a line break. */
    public record Sanitized(String text, int replacedCharacters) {
        public Sanitized {
            Objects.requireNonNull(text);
        }
    }

    /** Printer bytes and how many characters had to be replaced to get them. */
    public record EncodedText(byte[] bytes, int replacedCharacters) {
        public EncodedText {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EncodedText e && e.replacedCharacters == replacedCharacters
                    && Arrays.equals(e.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(bytes) + replacedCharacters;
        }

        @Override
        public String toString() {
            return "EncodedText[" + bytes.length + " bytes, replacedCharacters=" + replacedCharacters + "]";
        }
    }

    private final CharsetEncoder encoder;
    private final CharBuffer in = CharBuffer.allocate(2);
    private final ByteBuffer out = ByteBuffer.allocate(16);

    /**
     * @throws IllegalArgumentException if the charset cannot encode or does not keep ASCII as single bytes,
     *                                  which the printer's commands and Latin text rely on
     */
    public EscPosTextEncoder(Charset charset) {
        if (!charset.canEncode()) {
            throw new IllegalArgumentException("charset " + charset.name() + " cannot encode");
        }
        this.encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int cp = 0x20; cp < 0x7F; cp++) {
            if (encodeCodePoint(cp) != 1 || out.get(0) != cp) {
                throw new IllegalArgumentException("charset " + charset.name() + " does not encode ASCII as single bytes");
            }
        }
    }

    /** Replaces every code point the printer cannot print, keeping line breaks for the line wrapper. */
    public Sanitized sanitize(String text) {
        StringBuilder sanitized = new StringBuilder(text.length());
        int replaced = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || printedLength(cp) > 0) {
                sanitized.appendCodePoint(cp);
            } else {
                sanitized.append(REPLACEMENT);
                replaced++;
            }
        }
        return new Sanitized(sanitized.toString(), replaced);
    }

    /**
     * Columns the printer uses for a code point: one per byte it prints as (one for ASCII, two for a
     * double-byte character, whatever its Unicode width), and one for a code point printed as {@code '?'}.
     */
    public int columns(int codePoint) {
        int length = printedLength(codePoint);
        return length == 0 ? 1 : length;
    }

    /** Printer bytes of the text; line breaks become {@code LF}. */
    public EncodedText encode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() * 2);
        int replaced = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
                continue;
            }
            if (cp == '\n' || cp == '\r') {
                bytes.write(EscPosCommands.LF);
            } else if (printedLength(cp) > 0) {
                bytes.write(out.array(), 0, out.position());
            } else {
                bytes.write(REPLACEMENT);
                replaced++;
            }
        }
        return new EncodedText(bytes.toByteArray(), replaced);
    }

    /**
     * Bytes the printer prints a code point as (1 or 2), leaving them in {@link #out}; 0 if it cannot print it.
     */
    private int printedLength(int cp) {
        if (cp < 0x80) {
            if (cp < 0x20 || cp == 0x7F) {
                return 0;
            }
            out.clear();
            out.put((byte) cp);
            return 1;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> {
                return 0;
            }
            default -> {
                int length = encodeCodePoint(cp);
                return length == 1 || length == 2 ? length : 0;
            }
        }
    }

    private int encodeCodePoint(int cp) {
        in.clear();
        in.put(Character.toChars(cp)).flip();
        out.clear();
        encoder.reset();
        if (encoder.encode(in, out, true).isError() || encoder.flush(out).isError()) {
            return 0;
        }
        return out.position();
    }
}
