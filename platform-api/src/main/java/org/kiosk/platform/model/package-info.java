/** The platform API's messages, one record per schema of {@code org/kiosk/platform/openapi.yaml}. */
package org.kiosk.platform.model;
