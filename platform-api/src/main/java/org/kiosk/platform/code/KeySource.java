package org.kiosk.platform.code;

import java.io.IOException;

/** Where the published JWK Set comes from; the platform client implements it over HTTP. */
@FunctionalInterface
public interface KeySource {

    /** @return the JWK Set as JSON, exactly as published */
    String fetch() throws IOException;
}
