package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Gives the address where the current user authorises
 * this product to act for them in the linked application.
 *
 * <p>Source: applinks-api source ({@code AuthorisationURIGenerator}, since 3.0; implemented by
 * {@code CredentialsRequiredException} and extended by {@code ApplicationLinkRequestFactory}) (V, code search
 * 2026-12-08). Only the member Cascade calls is mirrored.
 */
public interface AuthorisationURIGenerator {

    /** The address of the "authorise access" dance, or {@code null} when not applicable. */
    URI getAuthorisationURI();
}
