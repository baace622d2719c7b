package dev.cascade.okr.devhost.web;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import dev.cascade.okr.devhost.DevRequestContext;
import dev.cascade.okr.devhost.DevUser;
import dev.cascade.okr.devhost.sal.DevI18nResolver;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

/**
 * Platform 7's REST access rules at the door: {@code @UnrestrictedAccess} admits everyone, {@code @AdminOnly}
 * administrators, everything else (annotated {@code @LicensedOnly} or not annotated at all) signed-in users. The
 * plugin's own checks then run in its service layer.
 */
public final class RestAccessFeature implements DynamicFeature {

    private final DevRequestContext request;
    private final DevI18nResolver i18n;

    /** Creates the feature; refusals use the plugin's translated messages. */
    public RestAccessFeature(DevRequestContext request, DevI18nResolver i18n) {
        this.request = request;
        this.i18n = i18n;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        boolean unrestricted = has(resource, UnrestrictedAccess.class);
        boolean adminOnly = has(resource, AdminOnly.class);
        if (unrestricted) {
            return;
        }
        // Jira signs the caller in before REST runs: access is decided first, then XSRF, then the plugin's filters.
        context.register((ContainerRequestFilter) requestContext -> {
            Optional<DevUser> user = request.user();
            if (user.isEmpty()) {
                requestContext.abortWith(refusal(401, "auth.required"));
            } else if (adminOnly && !user.get().isAdmin()) {
                requestContext.abortWith(refusal(403, "auth.forbidden"));
            }
        }, Priorities.AUTHENTICATION);
    }

    private static boolean has(ResourceInfo resource, Class<? extends java.lang.annotation.Annotation> annotation) {
        AnnotatedElement method = resource.getResourceMethod();
        return method.isAnnotationPresent(annotation) || resource.getResourceClass().isAnnotationPresent(annotation);
    }

    private Response refusal(int status, String code) {
        String message = i18n.getText("cascade.violation." + code).replace("\\", "\\\\").replace("\"", "\\\"");
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"errors\":[{\"field\":null,\"code\":\"" + code + "\",\"message\":\"" + message + "\"}]}")
                .build();
    }
}
