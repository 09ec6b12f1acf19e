package org.kiosk.sim.printer;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Writes down each handler call as a line, so whole runs can be compared. */
final class RecordingHandler implements EscPosHandler {

    final List<String> events = new ArrayList<>();

    @Override
    public void text(String text, PrintStyle style) {
        events.add("text " + text + " " + style);
    }

    @Override
    public void lineFeed() {
        events.add("LF");
    }

    @Override
    public void carriageReturn() {
        events.add("CR");
    }

    @Override
    public void initialise() {
        events.add("init");
    }

    @Override
    public void cut(CutMode mode, int feedDots) {
        events.add("cut " + mode + " " + feedDots);
    }

    @Override
    public void qrDataStored(byte[] data) {
        events.add("qr stored " + HexFormat.of().formatHex(data));
    }

    @Override
    public void printQr(QrRequest request, Justification justification) {
        events.add("qr print " + HexFormat.of().formatHex(request.data()) + " module " + request.moduleSize()
                + " ec " + request.errorCorrection() + " model " + request.model() + " " + justification);
    }

    @Override
    public void printRaster(RasterImage image, Justification justification) {
        events.add("raster " + image + " " + HexFormat.of().formatHex(image.data()) + " " + justification);
    }

    @Override
    public void automaticStatusBack(int n) {
        events.add("asb " + n);
    }

    @Override
    public void realTimeStatusRequest(int n) {
        events.add("status " + n);
    }
}
