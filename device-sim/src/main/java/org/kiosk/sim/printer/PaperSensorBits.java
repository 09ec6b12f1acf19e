package org.kiosk.sim.printer;

/**
 * Which bits of the {@code DLE EOT 4} answer report paper near end and paper end. The notes give bits 2-3
 * (0x0C) for near end and bits 5-6 (0x60) for end; some Chinese models swap them.
 */
public record PaperSensorBits(int nearEnd, int end) {

    /** As in the protocol notes. */
    public static final PaperSensorBits STANDARD = new PaperSensorBits(0x0C, 0x60);
    /** Models reporting near end in bits 5-6 and end in bits 2-3. */
    public static final PaperSensorBits SWAPPED = new PaperSensorBits(0x60, 0x0C);

    private static final int FREE_BITS = 0x6C;

    public PaperSensorBits {
        if ((nearEnd & ~FREE_BITS) != 0 || (end & ~FREE_BITS) != 0 || (nearEnd & end) != 0) {
            throw new IllegalArgumentException(String.format(
                    "paper sensor masks must be disjoint subsets of 0x6C (bits 2, 3, 5, 6), got near end %02X, end %02X",
                    nearEnd, end));
        }
    }
}
