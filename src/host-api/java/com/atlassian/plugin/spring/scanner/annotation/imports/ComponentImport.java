package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Atlassian Spring Scanner annotation; Cascade's build turns it into a line of the scanner index
 * ({@code META-INF/plugin-components}), so the scanner runtime in the product never needs to read it.
 *
 * <p>Source: atlassian-spring-scanner-annotation. Confidence: V (two decompiled copies; shared/host-api.md §5.1).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.ANNOTATION_TYPE})
public @interface ComponentImport {

    /** An optional bean name. */
    String value() default "";
}
