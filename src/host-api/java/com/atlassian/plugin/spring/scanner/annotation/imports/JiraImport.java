package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Atlassian Spring Scanner annotation; Cascade's build turns it into a line of the scanner index
 * ({@code META-INF/plugin-components}), so the scanner runtime in the product never needs to read it.
 *
 * <p>Source: atlassian-spring-scanner-annotation. Confidence: M by analogy with ConfluenceImport (host-api-platform7.md §3).
 */
@ComponentImport
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER})
public @interface JiraImport {

    /** An optional bean name. */
    String value() default "";
}
