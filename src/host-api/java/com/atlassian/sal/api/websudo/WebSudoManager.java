package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Secure administrator sessions
 * ("websudo"): an administrator confirms their password again before an administration page opens.
 *
 * <p>Source: sal-api {@code com.atlassian.sal.api.websudo.WebSudoManager}, an interface with
 * {@code boolean canExecuteRequest(HttpServletRequest)}, {@code void enforceWebSudoProtection(HttpServletRequest,
 * HttpServletResponse)} and {@code void willExecuteWebSudoRequest(HttpServletRequest) throws WebSudoSessionException};
 * servlet types {@code javax.servlet} on Platform 7 (Confluence 9.3.2 javadoc {@code ConfluenceWebSudoManager}) and
 * {@code jakarta.servlet} on Platform 8 (Atlassian's Slack app for Jira 11, {@code ConfigureServlet}, calls them with
 * jakarta objects); the Platform 7 build renames the namespace. Confidence: V (notes/issue14-host-research.md §1.4).
 * {@code canExecuteRequest} is not mirrored: the plugin does not call it.
 */
public interface WebSudoManager {

    /** Sends the browser to the product's "confirm your password" page, which returns to this request's page. */
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);

    /**
     * Marks this request as one that needs a secure administrator session.
     *
     * @throws WebSudoSessionException when the session has none (then {@link #enforceWebSudoProtection} is due)
     */
    void willExecuteWebSudoRequest(HttpServletRequest request) throws WebSudoSessionException;
}
