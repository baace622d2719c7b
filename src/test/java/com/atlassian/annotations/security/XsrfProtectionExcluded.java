package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Test-only stand-in with the name of Jira's annotation (host-api-platform7.md §1.1), which the plugin never uses:
 * the dev host's XSRF door matches it by name, and its test needs a method that carries it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface XsrfProtectionExcluded {
}
