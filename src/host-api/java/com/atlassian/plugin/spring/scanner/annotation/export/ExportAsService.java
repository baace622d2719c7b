package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Atlassian Spring Scanner annotation:
 * publish this bean as an OSGi service under the given interfaces. Cascade's build turns it into a line of the scanner
 * index ({@code META-INF/plugin-components/exports}, {@code Class#iface,...}), so the runtime never reads it and its
 * package is not imported.
 *
 * <p>Source: atlassian-spring-scanner-annotation {@code export.ExportAsService}; {@code Class<?>[] value()} on TYPE, read
 * by the runtime (shared/host-api.md §5.1, host-api-platform7.md §3: U, {@code @ExportAsService(LifecycleAware.class)}
 * in a public Jira plugin). The newer {@code properties()} member is not mirrored (Cascade does not use it).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExportAsService {

    /** The interfaces to publish the bean under. */
    Class<?>[] value() default {};
}
