package dev.cascade.okr.rest.http;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import dev.cascade.okr.service.kernel.Caller;

/** Who is calling, as every resource hands it to the services: the request's signed-in user, or anonymous. */
public final class Callers {

    private Callers() {
    }

    /** The caller of the current request. */
    public static Caller of(UserManager users) {
        UserKey key = users.getRemoteUserKey();
        return Caller.user(key == null ? null : key.getStringValue());
    }
}
