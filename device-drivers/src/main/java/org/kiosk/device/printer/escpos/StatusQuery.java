package org.kiosk.device.printer.escpos;

/** The four real-time status requests {@code DLE EOT n}. */
public enum StatusQuery {
    PRINTER(1, "printer status"),
    OFFLINE_CAUSE(2, "offline cause"),
    ERROR_CAUSE(3, "error cause"),
    PAPER_SENSOR(4, "paper sensor");

    private final int n;
    private final String label;

    StatusQuery(int n, String label) {
        this.n = n;
        this.label = label;
    }

    /** The {@code n} of {@code DLE EOT n}. */
    public int n() {
        return n;
    }

    /** E.g. {@code DLE EOT 4 (paper sensor)}, for messages. */
    public String label() {
        return "DLE EOT " + n + " (" + label + ")";
    }
}
