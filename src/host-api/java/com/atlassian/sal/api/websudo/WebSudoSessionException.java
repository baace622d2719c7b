package com.atlassian.sal.api.websudo;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Thrown by
 * {@link WebSudoManager#willExecuteWebSudoRequest} when the request has no secure administrator session.
 *
 * <p>Source: sal-api {@code com.atlassian.sal.api.websudo.WebSudoSessionException}, {@code extends RuntimeException}
 * with constructors {@code ()}, {@code (String)} and {@code (String, Throwable)} (decompiled SAL, version unknown;
 * notes/issue14-host-research.md §1.4). Only the constructor taking a message is mirrored. Confidence: V.
 */
public class WebSudoSessionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public WebSudoSessionException(String message) {
        super(message);
    }
}
