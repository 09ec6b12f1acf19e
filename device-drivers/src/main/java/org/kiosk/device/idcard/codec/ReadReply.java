package org.kiosk.device.idcard.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The body of a read reply, split but not interpreted: the 256-byte UCS-2LE text, the 1024-byte WLT photo and
 * zero to two 512-byte fingerprint templates. All of it is personal data: {@link #toString()} gives sizes only,
 * and {@link #wipe()} zeroes it once the document has been taken from it. The constructor copies its arrays and
 * the accessors return copies: the caller wipes the arrays it passes in and those it takes out.
 */
public record ReadReply(byte[] text, byte[] photo, List<byte[]> fingerprints) {

    public static final int TEXT_LENGTH = 256;
    public static final int PHOTO_LENGTH = 1024;
    public static final int FINGERPRINT_TEMPLATE_LENGTH = 512;
    public static final int MAX_FINGERPRINT_TEMPLATES = 2;

    public ReadReply {
        if (text.length != TEXT_LENGTH || photo.length != PHOTO_LENGTH) {
            throw new IllegalArgumentException(String.format("text and photo must be %d and %d bytes, were %d and %d",
                    TEXT_LENGTH, PHOTO_LENGTH, text.length, photo.length));
        }
        if (fingerprints.size() > MAX_FINGERPRINT_TEMPLATES) {
            throw new IllegalArgumentException("at most two fingerprint templates, were " + fingerprints.size());
        }
        text = text.clone();
        photo = photo.clone();
        fingerprints = copy(fingerprints);
    }

    private static List<byte[]> copy(List<byte[]> templates) {
        List<byte[]> copies = new ArrayList<>(templates.size());
        for (byte[] template : templates) {
            if (template.length != FINGERPRINT_TEMPLATE_LENGTH) {
                throw new IllegalArgumentException("a fingerprint template must be 512 bytes, was " + template.length);
            }
            copies.add(template.clone());
        }
        return List.copyOf(copies);
    }

    @Override
    public byte[] text() {
        return text.clone();
    }

    @Override
    public byte[] photo() {
        return photo.clone();
    }

    @Override
    public List<byte[]> fingerprints() {
        return copy(fingerprints);
    }

    /** Zeroes the text, the photo and the templates; sizes and the number of templates stay. */
    public void wipe() {
        Arrays.fill(text, (byte) 0);
        Arrays.fill(photo, (byte) 0);
        for (byte[] template : fingerprints) {
            Arrays.fill(template, (byte) 0);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ReadReply that) || fingerprints.size() != that.fingerprints.size()
                || !Arrays.equals(text, that.text) || !Arrays.equals(photo, that.photo)) {
            return false;
        }
        for (int i = 0; i < fingerprints.size(); i++) {
            if (!Arrays.equals(fingerprints.get(i), that.fingerprints.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 31 * Arrays.hashCode(text) + Arrays.hashCode(photo);
        for (byte[] template : fingerprints) {
            hash = 31 * hash + Arrays.hashCode(template);
        }
        return hash;
    }

    @Override
    public String toString() {
        return String.format("ReadReply[text %d bytes, photo %d bytes, %d fingerprint templates]",
                text.length, photo.length, fingerprints.size());
    }
}
