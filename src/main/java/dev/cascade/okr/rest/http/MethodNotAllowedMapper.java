package dev.cascade.okr.rest.http;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.TreeSet;

/**
 * 405 in the API's error shape, {@code request.method-not-allowed} naming the methods the address takes, with the
 * {@code Allow} header the REST stack computed.
 */
@Provider
public class MethodNotAllowedMapper extends DoorRefusals implements ExceptionMapper<NotAllowedException> {

    /** Created by the REST module with the host's i18n. */
    @Inject
    public MethodNotAllowedMapper(@ComponentImport I18nResolver i18n) {
        super(i18n);
    }

    @Override
    public Response toResponse(NotAllowedException exception) {
        Set<String> allowed = new TreeSet<>(exception.getResponse().getAllowedMethods());
        Response answer = refuse(405, Violation.of(ViolationCode.REQUEST_METHOD_NOT_ALLOWED, null,
                String.join(", ", allowed)));
        return Response.fromResponse(answer).header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
    }
}
