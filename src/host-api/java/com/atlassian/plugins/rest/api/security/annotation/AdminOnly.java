package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). REST v2 access annotation: the resource admits administrators (and system administrators).
 *
 * <p>Source: atlassian-rest-v2-api; applied to classes and methods by Atlassian's Slack plugin on Jira 10
 * (host-api-platform7.md §1.1). Confidence: V for the name and the TYPE/METHOD targets, M for runtime retention
 * (implied: REST reads it reflectively). Cascade checks permissions again in its service layer.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
