package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). One link to another application.
 *
 * <p>Source: applinks-api javadoc (V, shared/host-api.md §8.2; in newer AppLinks the members are declared on the
 * super-interface {@code ReadOnlyApplicationLink}, which the JVM's interface method resolution finds through this
 * type). Only the members Cascade calls are mirrored.
 */
public interface ApplicationLink {

    /** A factory of requests authenticated as the current user (OAuth impersonation where configured). */
    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();

    /** The address people use to open the linked application. */
    URI getDisplayUrl();

    /** The link's name as the administrator gave it. */
    String getName();
}
