package org.kiosk.device.printer;

/**
 * A receipt the printer took whole and confirmed with a clean status afterwards.
 *
 * @param bytesSent           bytes of the job on the wire
 * @param replacedCharacters  characters the printer cannot print, printed as '?'
 * @param paperAfter          the paper state after the job (LOW asks staff to replace the roll soon)
 */
public record PrintResult(int bytesSent, int replacedCharacters, PaperState paperAfter) {
}
