package com.atlassian.confluence.content.render.xhtml;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Where a macro is being rendered (page, export).
 *
 * <p>Source: Confluence javadoc 8.5.7 / 9.0.2, the parameter type of {@code Macro.execute} (V, shared/host-api.md
 * §8.1). No member is mirrored: Cascade only receives it.
 */
public interface ConversionContext {
}
