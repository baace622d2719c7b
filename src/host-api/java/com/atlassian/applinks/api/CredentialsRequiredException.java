package com.atlassian.applinks.api;

import java.net.URI;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Thrown when the current user has not yet authorised
 * this product to act for them in the linked application.
 *
 * <p>Source: applinks-api source ({@code public class CredentialsRequiredException extends Exception implements
 * AuthorisationURIGenerator}, constructor {@code (AuthorisationURIGenerator, String)}) (V, code search 2026-12-08);
 * {@code e.getAuthorisationURI()} used by plugins (U, shared/host-api.md §8.2).
 */
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {

    private static final long serialVersionUID = 1L;

    private final transient AuthorisationURIGenerator generator;

    /** With the generator of the authorisation address and a message. */
    public CredentialsRequiredException(AuthorisationURIGenerator generator, String message) {
        super(message);
        this.generator = generator;
    }

    @Override
    public URI getAuthorisationURI() {
        return generator.getAuthorisationURI();
    }
}
