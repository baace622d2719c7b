package com.atlassian.event.api;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The host's event bus.
 *
 * <p>Source: atlassian-event {@code EventPublisher} (extends {@link EventListenerRegistrar} in newer releases).
 * Confidence: V (shared/host-api.md §1.8).
 */
public interface EventPublisher extends EventListenerRegistrar {

    /** Delivers an event to every registered listener method whose parameter type accepts it. */
    void publish(Object event);
}
