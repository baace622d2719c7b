package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Marks a public one-parameter method of a registered listener as receiving events of that parameter's type.
 *
 * <p>Source: atlassian-event source in public source mirrors. Confidence: V (shared/host-api.md §1.8): documented,
 * runtime retention, method target, no attributes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
