package dev.cascade.okr.rest.http;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 415 in the API's error shape when the REST stack itself refuses a body type before a resource is chosen (a
 * {@code text/plain} body for a method that consumes JSON); {@link JsonRequestFilter} answers the same for what the
 * stack lets through (no {@code Content-Type}, a charset other than UTF-8).
 */
@Provider
public class UnsupportedMediaTypeMapper extends DoorRefusals implements ExceptionMapper<NotSupportedException> {

    /** Created by the REST module with the host's i18n. */
    @Inject
    public UnsupportedMediaTypeMapper(@ComponentImport I18nResolver i18n) {
        super(i18n);
    }

    @Override
    public Response toResponse(NotSupportedException exception) {
        return refuse(415, Violation.of(ViolationCode.REQUEST_MEDIA_TYPE_UNSUPPORTED, null));
    }
}
