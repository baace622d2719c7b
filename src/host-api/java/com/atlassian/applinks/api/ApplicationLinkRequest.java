package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A request to the linked application, carrying its
 * authentication.
 *
 * <p>Source: applinks-api source ({@code interface ApplicationLinkRequest extends Request<ApplicationLinkRequest,
 * Response>}; {@code <R> R execute(ApplicationLinkResponseHandler<R>) throws ResponseException}) (V, code search
 * 2026-12-08). Only the member Cascade calls is mirrored.
 */
public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {

    /** Executes the request, giving the handler the answer or telling it that credentials are required. */
    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
