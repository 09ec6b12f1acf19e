/**
 * Working-day calendars per region (mainland China, Hong Kong, Macao), service-centre hours and committed
 * completion dates. Plain Java, shared by the kiosk, the platform simulator and the technician's tool.
 */
package org.kiosk.calendar;
