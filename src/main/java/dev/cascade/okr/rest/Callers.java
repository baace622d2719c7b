package dev.cascade.okr.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.service.Caller;

/** Who is calling, as every resource hands it to the services: the request's signed-in user, or anonymous. */
final class Callers {

    private Callers() {
    }

    /** The caller of the current request. */
    static Caller of(UserManager users) {
        UserKey key = users.getRemoteUserKey();
        return Caller.user(key == null ? null : key.getStringValue());
    }
}
