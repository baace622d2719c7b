package com.atlassian.confluence.macro;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Thrown by a macro that cannot render.
 *
 * <p>Source: Confluence javadoc 8.5.7 ({@code extends Exception}; constructors {@code ()}, {@code (String)},
 * {@code (String, Throwable)}, {@code (Throwable)}) (V, shared/host-api.md §8.1). Cascade declares it on
 * {@code execute} only and never throws it: every failure renders as a message in the page.
 */
public class MacroExecutionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Without a message. */
    public MacroExecutionException() {
    }

    /** With a message. */
    public MacroExecutionException(String message) {
        super(message);
    }

    /** With a message and its cause. */
    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** With its cause. */
    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
