package com.atlassian.templaterenderer;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A template that could not be
 * rendered.
 *
 * <p>Source: atlassian-template-renderer-api {@code com.atlassian.templaterenderer.RenderingException}, a class
 * extending {@code RuntimeException} with constructors {@code (String)}, {@code (Throwable)} and
 * {@code (String, Throwable)}. Confidence: V (shared/host-api.md §ATR). Only the first constructor is mirrored.
 */
public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with a message. */
    public RenderingException(String message) {
        super(message);
    }
}
