package com.atlassian.webresource.api.assembler;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The web-resources and contexts a
 * page requires; the page's head then carries them, with their dependencies, in order.
 *
 * <p>Source: atlassian-plugins-webresource API; {@code RequiredResources requireContext(String)} returning the same
 * object, as the decompiled interface declares it (deprecated in recent versions in favour of an overload taking a
 * resource phase, still present) and as Atlassian's Slack app calls it on Platform 7 and 8. Confidence: V.
 */
public interface RequiredResources {

    /** Requires every web-resource of the context. */
    RequiredResources requireContext(String context);
}
