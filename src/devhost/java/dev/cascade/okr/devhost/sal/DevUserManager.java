package dev.cascade.okr.devhost.sal;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import dev.cascade.okr.devhost.DevRequestContext;
import dev.cascade.okr.devhost.DevUser;
import dev.cascade.okr.devhost.DevUsers;

/** SAL's user manager over the sample users and the current request. */
public final class DevUserManager implements UserManager {

    private final DevUsers users;
    private final DevRequestContext request;

    /** Creates the manager. */
    public DevUserManager(DevUsers users, DevRequestContext request) {
        this.users = users;
        this.request = request;
    }

    @Override
    public UserKey getRemoteUserKey() {
        return request.user().map(DevUser::getUserKey).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : users.user(userKey.getStringValue()).orElse(null);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && users.user(userKey.getStringValue()).map(DevUser::isAdmin).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return userKey != null && users.isInGroup(userKey.getStringValue(), group);
    }
}
