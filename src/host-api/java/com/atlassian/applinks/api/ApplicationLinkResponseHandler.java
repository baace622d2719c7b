package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Handles the answer of an application link request.
 *
 * <p>Source: applinks-api source ({@code interface ApplicationLinkResponseHandler<R> extends
 * ReturningResponseHandler<Response, R>}; {@code R credentialsRequired(Response) throws ResponseException}) (V, code
 * search 2026-12-08). Cascade implements it, so every abstract member is mirrored ({@code handle} is inherited).
 */
public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {

    /** Called when the linked application answered that the user must authorise access first. */
    R credentialsRequired(Response response) throws ResponseException;
}
