package org.kiosk.device.qr;

/**
 * What the scanner has sent since the driver started, by fate.
 *
 * @param delivered  scans handed to an armed screen
 * @param unarmed    scans dropped because no screen expected one
 * @param repeats    codes dropped as repeats of the one just delivered
 * @param tooLong    codes longer than the maximum
 * @param notText    codes that were not text in the accepted character sets
 * @param noiseBytes bytes outside any code (only told apart with a prefix)
 */
public record ScanCounts(long delivered, long unarmed, long repeats, long tooLong, long notText, long noiseBytes) {
}
