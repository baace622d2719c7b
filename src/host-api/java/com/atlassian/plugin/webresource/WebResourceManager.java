package com.atlassian.plugin.webresource;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The product's web resource
 * manager, which the template renderer puts into every plugin template's context as {@code $webResourceManager}.
 *
 * <p>Source: atlassian-plugins-webresource {@code WebResourceManager} (an interface); the Atlassian SDK's "Web
 * Resource plugin module" page, section "Introducing new contexts", tells plugins to call
 * {@code $webResourceManager.requireResourcesForContext("…")} from their Velocity templates, and the public
 * "Angular in a Jira project page" tutorial does exactly that from a {@code jira.project.sidebar} web panel's template;
 * shared/host-api.md §6 (the template renderer adds {@code WebResourceManager} to the context). Confidence: U for the
 * method and the context key on Jira 10/11; the method is deprecated there in favour of {@code PageBuilderService}
 * (see docs/dev-host.md, "Requiring resources"). Only the template calls it, so no plugin class links it and the JAR
 * needs no Import-Package for it; it is mirrored so that the velocity-allowlist entry names a type that exists.
 */
public interface WebResourceManager {

    /** Adds every web-resource that declares {@code <context>context</context>} to the page being rendered. */
    void requireResourcesForContext(String context);
}
