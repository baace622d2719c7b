package com.atlassian.sal.api.web.context;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The HTTP request the current
 * thread is serving, for components (such as a web panel's context provider) that the host does not hand it to.
 *
 * <p>Source: sal-api {@code com.atlassian.sal.api.web.context.HttpContext}, an interface with
 * {@code HttpServletRequest getRequest()}, {@code HttpServletResponse getResponse()} and
 * {@code HttpSession getSession(boolean)}; imported as a component by Atlassian's Slack app for Jira 10 and 11
 * ({@code ComponentImports}), its servlet types {@code javax.servlet} on Platform 7 and {@code jakarta.servlet} on
 * Platform 8 (the Platform 7 build renames the namespace). Confidence: V for the type and the import, U for the
 * member (shared/host-api-platform7.md). Only {@code getRequest()} is mirrored.
 */
public interface HttpContext {

    /** The request the current thread serves, or {@code null} outside a request. */
    HttpServletRequest getRequest();
}
