package com.atlassian.webresource.api.assembler;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Collects what a page needs.
 *
 * <p>Source: atlassian-plugins-webresource API, as {@link PageBuilderService} (Atlassian's Slack app calls
 * {@code assembler().resources()}). Confidence: V.
 */
public interface WebResourceAssembler {

    /** The resources this page requires. */
    RequiredResources resources();
}
