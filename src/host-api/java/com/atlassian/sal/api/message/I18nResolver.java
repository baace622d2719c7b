package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Translates i18n keys in the current user's locale.
 *
 * <p>Source: sal-api {@code I18nResolver}; {@code getText(String)} and {@code getText(String, Serializable...)}
 * mocked by Atlassian's Slack plugin tests against Jira 10. Confidence: U (shared/host-api.md §3). Only these two are
 * mirrored.
 */
public interface I18nResolver {

    /** The text for a key, or the key itself when it is missing. */
    String getText(String key);

    /** The text for a key with {@code {0}}-style arguments filled in. */
    String getText(String key, Serializable... arguments);
}
