/**
 * The provincial integrated government service platform as the kiosk sees it: the OpenAPI contract, its message
 * types, the signed codes the platform issues, and the client. Plain Java, shared by the kiosk, the platform
 * simulator and the technician's tool.
 */
package org.kiosk.platform;
