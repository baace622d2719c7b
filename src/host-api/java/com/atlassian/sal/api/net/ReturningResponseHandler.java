package com.atlassian.sal.api.net;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Handles a response and returns a result.
 *
 * <p>Source: sal-api source and decompiled sal-api ({@code interface ReturningResponseHandler<T extends Response, R>},
 * {@code R handle(T) throws ResponseException}, since 2.2) (V, code search 2026-12-08).
 */
public interface ReturningResponseHandler<T extends Response, R> {

    /** Handles the response. */
    R handle(T response) throws ResponseException;
}
