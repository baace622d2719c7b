package dev.cascade.okr.devhost.sal;

import com.atlassian.sal.api.web.context.HttpContext;
import dev.cascade.okr.devhost.DevRequestContext;
import jakarta.servlet.http.HttpServletRequest;

/** SAL's {@code HttpContext} in the dev host: the request the dev host's filter is serving on this thread. */
public final class DevHttpContext implements HttpContext {

    private final DevRequestContext request;

    /** Reads the request from the dev host's request context. */
    public DevHttpContext(DevRequestContext request) {
        this.request = request;
    }

    @Override
    public HttpServletRequest getRequest() {
        return request.request().orElse(null);
    }
}
