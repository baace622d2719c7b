package dev.cascade.okr.rest.http;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;

/**
 * The host services every resource needs, which always travel together: who is signed in, and the messages in the
 * caller's language. A resource takes this one collaborator beside its services and hands it to {@link RestResource}.
 */
@JiraComponent
public final class RestHost {

    private final UserManager users;
    private final I18nResolver i18n;

    /** Over SAL's users and messages. */
    public RestHost(@ComponentImport UserManager users, @ComponentImport I18nResolver i18n) {
        this.users = users;
        this.i18n = i18n;
    }

    /** Who is signed in. */
    public UserManager users() {
        return users;
    }

    /** Messages in the caller's language. */
    public I18nResolver i18n() {
        return i18n;
    }
}
