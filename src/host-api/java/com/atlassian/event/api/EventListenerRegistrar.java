package com.atlassian.event.api;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Registers objects whose {@code @EventListener} methods receive events.
 *
 * <p>Source: decompiled atlassian-event in public source mirrors (newer layout, where {@code EventPublisher} extends
 * this interface); register/unregister used by Atlassian's Slack plugin on Jira 9/10/11. Confidence: V
 * (shared/host-api.md §1.8). Interface method resolution also finds these on the older layout.
 */
public interface EventListenerRegistrar {

    /** Starts delivering events to the listener's annotated methods. */
    void register(Object listener);

    /** Stops delivering events to the listener. */
    void unregister(Object listener);
}
