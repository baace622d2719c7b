package dev.cascade.okr.jira;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

/** People as Jira names them: a user key to the user's full name, or the key itself for a user Jira does not know. */
final class PeopleNames {

    private final UserManager users;

    PeopleNames(UserManager users) {
        this.users = users;
    }

    /** The full name of the user with this key, else the key. */
    String name(String userKey) {
        UserProfile profile = userKey == null || userKey.isEmpty() ? null : users.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null || profile.getFullName().isBlank() ? userKey
                : profile.getFullName();
    }
}
