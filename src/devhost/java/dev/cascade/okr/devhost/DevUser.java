package dev.cascade.okr.devhost;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Locale;

/** A sample user of the dev host, seen both as a Jira user and as a SAL profile. */
public final class DevUser implements ApplicationUser, UserProfile {

    private final String key;
    private final String displayName;
    private final Locale locale;
    private final boolean admin;

    DevUser(String key, String displayName, Locale locale, boolean admin) {
        this.key = key;
        this.displayName = displayName;
        this.locale = locale;
        this.admin = admin;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getUsername() {
        return key;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }

    @Override
    public UserKey getUserKey() {
        return new UserKey(key);
    }

    @Override
    public String getFullName() {
        return displayName;
    }

    /** The user's language. */
    public Locale locale() {
        return locale;
    }

    /** Whether the user administers the (stand-in) Jira. */
    public boolean isAdmin() {
        return admin;
    }
}
