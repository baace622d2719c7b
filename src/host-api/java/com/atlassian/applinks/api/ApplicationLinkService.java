package com.atlassian.applinks.api;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The application links of this product.
 *
 * <p>Source: applinks-api javadoc (V, shared/host-api.md §8.2): {@code getPrimaryApplicationLink(Class)} answers the
 * primary link of a type, or {@code null} when there is none (U: Confluence plugins test it with
 * {@code thenReturn(null)}, code search 2026-12-08). Only the member Cascade calls is mirrored.
 */
public interface ApplicationLinkService {

    /** The primary link to an application of this type, or {@code null} when there is none. */
    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
