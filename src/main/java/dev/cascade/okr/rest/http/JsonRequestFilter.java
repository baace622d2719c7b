package dev.cascade.okr.rest.http;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Outcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The door every write goes through before its resource: a {@code POST}, {@code PUT}, {@code PATCH} or
 * {@code DELETE} that carries a body or a content type must say {@code Content-Type: application/json}, with no
 * charset or {@code charset=utf-8}, else 415 {@code request.media-type-unsupported}; a body's bytes must be UTF-8,
 * else 400 {@code request.encoding-invalid} at the field that holds them ({@link JsonBodies#decode}). A write with
 * neither (a {@code DELETE ?version=}, closing a period) passes: it smuggles nothing in, an endpoint that needs a body
 * answers 400 {@code request.malformed}, and the host's XSRF check asks an untyped {@code POST} for its token.
 *
 * <p>Why: a cross-site HTML form or a {@code no-cors} fetch can send {@code text/plain}, form-encoded or untyped
 * bodies without the browser asking first, never {@code application/json}; refusing every other type on every write
 * closes that door whatever the host's own XSRF check lets through. Other charsets are refused rather than decoded:
 * one encoding, one way to read a body.
 */
@Provider
public class JsonRequestFilter implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final I18nResolver i18n;

    /** Created by the REST module with the host's i18n. */
    @Inject
    public JsonRequestFilter(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        boolean typed = request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null;
        if (!WRITES.contains(method) || !(typed || request.hasEntity())) {
            return;
        }
        if (!isJsonInUtf8(request.getMediaType())) {
            request.abortWith(RestResponses.error(415, Violation.of(ViolationCode.REQUEST_MEDIA_TYPE_UNSUPPORTED,
                    null), i18n));
            return;
        }
        if (request.hasEntity()) {
            byte[] bytes = request.getEntityStream().readAllBytes();
            Outcome<String> text = JsonBodies.decode(bytes);
            if (!text.isSuccess()) {
                request.abortWith(RestResponses.failure(text, i18n));
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(bytes));
        }
    }

    /** {@code application/json} with no charset or UTF-8 (any case); {@code null} (no header) is not. */
    public static boolean isJsonInUtf8(MediaType type) {
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType()
                || type.isWildcardSubtype()) {
            return false;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return charset == null || "utf-8".equalsIgnoreCase(charset.trim());
    }
}
