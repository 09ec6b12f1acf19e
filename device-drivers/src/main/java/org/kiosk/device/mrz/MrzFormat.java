package org.kiosk.device.mrz;

/** The three machine-readable zone layouts of ICAO Doc 9303: ID-1 cards, ID-2 cards and passport booklets. */
public enum MrzFormat {
    /** ID-1 size cards (ICAO 9303 part 5): three lines of 30 characters. */
    TD1(3, 30),
    /** ID-2 size cards and visas (part 6): two lines of 36 characters. */
    TD2(2, 36),
    /** Passport booklets (part 4): two lines of 44 characters. */
    TD3(2, 44);

    private final int lines;
    private final int lineLength;

    MrzFormat(int lines, int lineLength) {
        this.lines = lines;
        this.lineLength = lineLength;
    }

    public int lines() {
        return lines;
    }

    public int lineLength() {
        return lineLength;
    }
}
