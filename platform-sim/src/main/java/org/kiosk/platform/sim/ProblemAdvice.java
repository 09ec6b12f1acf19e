package org.kiosk.platform.sim;

import org.kiosk.platform.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error leaves as an RFC 9457 problem with a machine-readable code. */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    static ResponseEntity<Problem> respond(Problem problem) {
        return ResponseEntity.status(problem.status()).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE)).body(problem);
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Problem> problem(ProblemException e) {
        if (e.retryAfterSeconds() != null) {
            return ResponseEntity.status(e.problem().status()).contentType(MediaType.parseMediaType(Problem.MEDIA_TYPE))
                    .header("Retry-After", e.retryAfterSeconds().toString()).body(e.problem());
        }
        return respond(e.problem());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e) {
        return respond(Problem.of(400, "malformed-request", "Malformed request", "the body is not the JSON this operation takes"));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class, MissingRequestHeaderException.class})
    ResponseEntity<Problem> badParameter(Exception e) {
        return respond(Problem.of(400, "validation-failed", "Invalid request", e.getMessage()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Problem> noSuchPath(NoResourceFoundException e) {
        return respond(Problem.of(404, "not-found", "Not found", "no such operation: " + e.getResourcePath()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Problem> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return respond(Problem.of(405, "method-not-allowed", "Method not allowed", e.getMessage()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Problem> wrongType(HttpMediaTypeNotSupportedException e) {
        return respond(Problem.of(415, "unsupported-media-type", "Unsupported media type", "send application/json"));
    }

    @ExceptionHandler(Store.StoreException.class)
    ResponseEntity<Problem> storage(Store.StoreException e) {
        log.error("storage failed", e);
        return respond(Problem.of(500, "internal-error", "Internal error", "the platform's storage failed; try again"));
    }

    /** Anything else is the simulator's own fault; the message stays in its log, the client gets a bare 500 problem. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> unexpected(Exception e) {
        log.error("request failed", e);
        return respond(Problem.of(500, "internal-error", "Internal error", "the platform failed to handle the request; try again"));
    }
}
