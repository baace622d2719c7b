package com.atlassian.sal.api.net;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). An HTTP response of SAL's request API.
 *
 * <p>Source: sal-api (U, shared/host-api.md §8.2: {@code getStatusCode()}, {@code getResponseBodyAsString()},
 * {@code isSuccessful()}). Only the members Cascade calls are mirrored.
 */
public interface Response {

    /** The HTTP status code. */
    int getStatusCode();

    /** The body as text. */
    String getResponseBodyAsString() throws ResponseException;
}
