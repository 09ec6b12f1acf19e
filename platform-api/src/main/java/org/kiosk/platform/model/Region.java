package org.kiosk.platform.model;

/** Whose working-day calendar counts: mainland China, Hong Kong or Macao. */
public enum Region { CN, HK, MO }
