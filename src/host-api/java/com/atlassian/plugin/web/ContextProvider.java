package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Supplies the Velocity context of a web panel or web item.
 *
 * <p>Source: atlassian-plugins-webfragment {@code ContextProvider}; implemented by Atlassian's Slack plugin on Jira
 * 9/10/11 and Confluence 8/9. Confidence: U (shared/host-api.md §2.1). We implement it, so both abstract methods are
 * mirrored.
 */
public interface ContextProvider {

    /** Receives the {@code <param>} elements of the module. */
    void init(Map<String, String> params) throws PluginParseException;

    /** Returns the context the template renders with, given the host's context ({@code project}, {@code issue}...). */
    Map<String, Object> getContextMap(Map<String, Object> context);
}
