package org.kiosk.device;

/** The per-kind part of a device status (paper and cover for a printer, card presence for a reader, ...). */
public interface StatusDetail {

    /** For a device that has no detail to tell, or whose detail is not known (e.g. while NO_DEVICE). */
    record None() implements StatusDetail {
    }

    StatusDetail NONE = new None();
}
