package dev.cascade.okr.rest.goal;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.cascade.okr.rest.http.RestHost;
import dev.cascade.okr.rest.http.RestResource;
import dev.cascade.okr.service.goal.LinkChoicesService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /rest/cascade/1.0/link-choices?kind=epic|issue&q=}: the epics or issues the caller may browse whose key
 * or summary matches {@code q}, for the link dialogs' picker.
 */
@Path("/link-choices")
@LicensedOnly
@Produces(MediaType.APPLICATION_JSON)
public class LinkChoicesResource extends RestResource {

    private final LinkChoicesService service;

    /** Created by the REST module with the plugin's beans and host services. */
    @Inject
    public LinkChoicesResource(LinkChoicesService service, RestHost host) {
        super(host);
        this.service = service;
    }

    /** The choices; 401 nobody signed in, 400 naming {@code kind} or {@code q}. */
    @GET
    public Response choices(@QueryParam("kind") String kind, @QueryParam("q") String q) {
        return ok(service.find(caller(), kind, q), LinkChoicesDto::of);
    }
}
