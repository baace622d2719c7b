package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Renders a plugin's Velocity
 * template, with the plugin's class loader and the host's auto-escaping, into a writer.
 *
 * <p>Source: atlassian-template-renderer-api {@code com.atlassian.templaterenderer.TemplateRenderer}, an interface
 * with {@code void render(String, Map<String, Object>, Writer) throws RenderingException, IOException},
 * {@code String renderFragment(String, Map<String, Object>)} and {@code boolean resolve(String)}; called as
 * {@code templateRenderer.render(template, context, resp.getWriter())} by Atlassian's apps for Jira 10 and 11.
 * Confidence: V (shared/host-api.md §ATR). Only {@code render} is mirrored.
 */
public interface TemplateRenderer {

    /**
     * Renders the template at a class path of the calling plugin with {@code context} into {@code writer}.
     *
     * @throws RenderingException when the template fails
     * @throws IOException when the writer fails
     */
    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;
}
