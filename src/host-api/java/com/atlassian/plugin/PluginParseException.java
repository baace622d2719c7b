package com.atlassian.plugin;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Thrown by plugin modules whose configuration cannot be read.
 *
 * <p>Source: atlassian-plugins-core; named in the {@code throws} clause of {@code ContextProvider.init}, imported
 * by Atlassian's Slack plugin on Jira 9/10/11. Kind: unchecked exception class. Confidence: U for the name, M for the
 * superclass chain (Cascade never constructs or catches it).
 */
public class PluginParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public PluginParseException(String message) {
        super(message);
    }
}
