package com.atlassian.sal.api.net;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A request that could not be carried out or answered.
 *
 * <p>Source: sal-api ({@code ResponseException extends Exception}; the four usual constructors) (U, shared/host-api.md
 * §8.2; the subclass {@code ResponseTimeoutException(String, Throwable)} calls {@code super(message, cause)}, V source).
 */
public class ResponseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Without a message. */
    public ResponseException() {
    }

    /** With a message. */
    public ResponseException(String message) {
        super(message);
    }

    /** With a message and its cause. */
    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With its cause. */
    public ResponseException(Throwable cause) {
        super(cause);
    }
}
