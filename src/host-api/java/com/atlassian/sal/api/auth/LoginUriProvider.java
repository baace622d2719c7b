package com.atlassian.sal.api.auth;

import java.net.URI;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Where the product's login page is,
 * for a page that needs a signed-in user: it sends the browser there with the address to come back to.
 *
 * <p>Source: sal-api {@code com.atlassian.sal.api.auth.LoginUriProvider}, an interface with {@code URI getLoginUri(URI
 * returnUri)} (plus overloads taking page capabilities and a role, not mirrored); documented in the Crowd 4.2 javadoc of
 * {@code CrowdLoginUriProvider}, used by Atlassian's Slack app for Jira 10 and 11 ({@code LoginRedirectionManager}:
 * the return URI is the request path without the context path, with its query). No servlet types: the same on
 * Platform 7 and 8. Confidence: V for the type and member (notes/issue14-host-research.md §1.4).
 */
public interface LoginUriProvider {

    /** The login page's address that returns to {@code returnUri} (relative to the base URL) once signed in. */
    URI getLoginUri(URI returnUri);
}
