package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Creates requests to the linked application.
 *
 * <p>Source: applinks-api source ({@code interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator};
 * {@code createRequest(Request.MethodType, String) throws CredentialsRequiredException}) (V, code search 2026-12-08,
 * shared/host-api.md §8.2). Only the member Cascade calls is mirrored.
 */
public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {

    /** A request to a path relative to the linked application's base address. */
    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
