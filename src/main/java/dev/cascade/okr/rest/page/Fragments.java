package dev.cascade.okr.rest.page;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The HTML fragments of {@code /rest/cascade/1.0/views/…} (decision 0015): a template rendered to text, and the
 * response that carries it ({@code text/html}, never sniffed, never cached).
 */
final class Fragments {

    private Fragments() {
    }

    /** {@code template} rendered over {@code model}. */
    static String render(TemplateRenderer renderer, String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** 200 with the HTML {@code body}. */
    static Response html(String body) {
        return Response.ok(body, MediaType.TEXT_HTML + ";charset=UTF-8")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    /** The name Jira shows for a user key, the key itself when it has none. */
    static String displayName(UserManager users, String userKey) {
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null || profile.getFullName().isBlank() ? userKey
                : profile.getFullName();
    }
}
