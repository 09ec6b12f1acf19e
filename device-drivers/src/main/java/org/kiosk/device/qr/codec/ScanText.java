package org.kiosk.device.qr.codec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A code's bytes as text: strict UTF-8, or, where the kiosk's scanners are set to send GB18030 (older Chinese
 * models), GB18030 for what is not UTF-8. Control characters other than tab, CR and LF are refused: scanners
 * send text, and such bytes are line noise.
 *
 * @param text    the decoded text
 * @param charset the character set it was decoded with
 */
public record ScanText(String text, Charset charset) {

    /** The GB 18030 character set of the JDK. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    public ScanText {
        Objects.requireNonNull(text);
        Objects.requireNonNull(charset);
    }

    /**
     * Decodes a code's bytes.
     *
     * @param gb18030Fallback whether bytes that are not UTF-8 are tried as GB18030
     * @throws ScanDecodingException when the bytes are not text in the allowed character sets
     */
    public static ScanText decode(byte[] bytes, boolean gb18030Fallback) throws ScanDecodingException {
        String text;
        Charset charset = StandardCharsets.UTF_8;
        try {
            text = strictly(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException notUtf8) {
            if (!gb18030Fallback) {
                throw new ScanDecodingException(ScanDecodingException.Problem.NOT_UTF8,
                        "the code is not UTF-8 text (GB18030 is not enabled)");
            }
            try {
                text = strictly(GB18030, bytes);
                charset = GB18030;
            } catch (CharacterCodingException notGb18030) {
                throw new ScanDecodingException(ScanDecodingException.Problem.NOT_GB18030,
                        "the code is neither UTF-8 nor GB18030 text");
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
                throw new ScanDecodingException(ScanDecodingException.Problem.CONTROL_CHARACTER,
                        "character " + (i + 1) + " of the code is a control character");
            }
        }
        return new ScanText(text, charset);
    }

    private static String strictly(Charset charset, byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    @Override
    public String toString() {
        return "ScanText[" + text.length() + " chars, " + charset.name() + "]";
    }
}
