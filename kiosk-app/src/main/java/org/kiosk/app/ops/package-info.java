/**
 * Operations: Micrometer meters (one {@link io.micrometer.core.instrument.binder.MeterBinder} per component), Actuator
 * health per device, readiness and the structured-log masking. Meter names, types and labels are listed in
 * {@code ops/README.md}; labels take only bounded values (device names, enum constants), never personal data.
 */
package org.kiosk.app.ops;
