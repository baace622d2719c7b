package com.atlassian.plugin.spring.scanner.annotation.component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Atlassian Spring Scanner annotation; Cascade's build turns it into a line of the scanner index
 * ({@code META-INF/plugin-components}), so the scanner runtime in the product never needs to read it.
 *
 * <p>Source: atlassian-spring-scanner-annotation. Confidence: V (decompiled; host-api-platform7.md §3); the Spring @Component meta-annotation is left out because Cascade never relies on it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PARAMETER})
public @interface ConfluenceComponent {

    /** An optional bean name. */
    String value() default "";
}
