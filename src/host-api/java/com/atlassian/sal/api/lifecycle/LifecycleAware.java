package com.atlassian.sal.api.lifecycle;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A plugin component told when the
 * application has started (and the plugin is enabled) and when the plugin stops; the host calls it only when the
 * component is published as an OSGi service under this interface (scanner index {@code exports}).
 *
 * <p>Source: sal-api {@code com.atlassian.sal.api.lifecycle.LifecycleAware}. Confidence: U — implemented with exactly
 * these two methods by plugins built for the products (decompiled analytics-client 8.3.1 shipped with Confluence 8.7,
 * public mirror; a public Jira plugin exporting it with {@code @ExportAsService(LifecycleAware.class)},
 * host-api-platform7.md §3); SAL's lifecycle manager calls {@code onStart} on every such service and logs, rather than
 * propagates, what one throws. Cascade implements it, so both abstract methods are mirrored.
 */
public interface LifecycleAware {

    /** The application has started and the plugin is enabled: the place for work that needs the whole host. */
    void onStart();

    /** The plugin is being disabled or the application is stopping. */
    void onStop();
}
