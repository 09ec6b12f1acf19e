package org.kiosk.device.idcard.document;

/** The kinds of identity document a GA 467 reader reads. */
public enum DocumentType {
    /** 居民身份证. */
    RESIDENT_ID,
    /** 港澳台居民居住证. */
    HMT_RESIDENCE_PERMIT,
    /** 外国人永久居留身份证, old ('I') or 2023 ('Y') layout. */
    FOREIGN_PERMANENT_RESIDENCE
}
