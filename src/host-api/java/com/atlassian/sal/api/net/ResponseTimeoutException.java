package com.atlassian.sal.api.net;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The server did not answer in time (connect or read timeout).
 *
 * <p>Source: sal-api source ({@code public class ResponseTimeoutException extends ResponseException}, since 2.7.0,
 * constructors {@code (String, Throwable)}, {@code (String)}, {@code (Throwable)}) (V, code search 2026-12-08).
 */
public class ResponseTimeoutException extends ResponseException {

    private static final long serialVersionUID = 1L;

    /** With a message and its cause. */
    public ResponseTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With a message. */
    public ResponseTimeoutException(String message) {
        super(message);
    }

    /** With its cause. */
    public ResponseTimeoutException(Throwable cause) {
        super(cause);
    }
}
