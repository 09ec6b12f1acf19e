package org.kiosk.platform.client;

import java.net.URI;
import java.net.http.HttpHeaders;

/** Sees every reply the client receives, before it is interpreted (for contract checks, metrics, tracing). */
@FunctionalInterface
public interface ReplyListener {
    void onReply(String method, URI uri, int status, HttpHeaders headers, byte[] body);
}
