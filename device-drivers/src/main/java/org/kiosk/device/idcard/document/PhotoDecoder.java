package org.kiosk.device.idcard.document;

import java.awt.image.BufferedImage;

/**
 * Decodes a card photo (102 × 126 pixels once decoded). WLT is a vendor format decoded only by the vendor's
 * native library, so no implementation comes with the drivers; a deployment that has the library plugs one in.
 */
public interface PhotoDecoder {

    BufferedImage decode(WltPhoto photo) throws PhotoDecodingException;
}
