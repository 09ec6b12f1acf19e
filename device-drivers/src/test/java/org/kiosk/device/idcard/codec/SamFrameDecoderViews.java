package org.kiosk.device.idcard.codec;

/** The decoder's internal buffer, for tests outside this package that check what stays in memory. */
public final class SamFrameDecoderViews {

    private SamFrameDecoderViews() {
    }

    public static byte[] buffer(SamFrameDecoder decoder) {
        return decoder.bufferView();
    }
}
