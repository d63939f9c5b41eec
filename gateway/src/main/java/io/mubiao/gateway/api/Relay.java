package io.mubiao.gateway.api;

import io.mubiao.web.Problem;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Relays a downstream answer to the client: same status, body and content type, a Location rewritten
 * under /api/v1. A service that cannot be reached is a 503 problem, never a stack trace.
 */
final class Relay {
    static final String API_PREFIX = "/api/v1";
    /** Headers of a downstream answer passed on besides Content-Type and Location. */
    static final java.util.List<String> RELAYED_HEADERS = java.util.List.of("X-Total-Count", "Content-Disposition");
    private static final Logger LOG = Logger.getLogger(Relay.class);

    private Relay() {
    }

    static Response call(String service, Supplier<Response> call) {
        Response downstream;
        try {
            downstream = call.get();
        } catch (ProcessingException e) {
            LOG.warnf("%s unreachable: %s", service, e.getMessage());
            return Problem.of(503, "Service Unavailable", "The " + service + " is not reachable; try again shortly.")
                    .toResponse();
        }
        try (downstream) {
            int status = downstream.getStatus();
            byte[] body = downstream.hasEntity() ? downstream.readEntity(byte[].class) : null;
            if (status >= 500) {
                LOG.warnf("%s answered %d", service, status);
            }
            Response.ResponseBuilder out = Response.status(status).entity(body);
            String type = downstream.getHeaderString(HttpHeaders.CONTENT_TYPE);
            if (type != null) {
                out.header(HttpHeaders.CONTENT_TYPE, type);
            }
            for (String header : RELAYED_HEADERS) {
                String value = downstream.getHeaderString(header);
                if (value != null) {
                    out.header(header, value);
                }
            }
            String location = downstream.getHeaderString(HttpHeaders.LOCATION);
            if (location != null) {
                out.header(HttpHeaders.LOCATION, API_PREFIX + java.net.URI.create(location).getPath());
            }
            return out.build();
        }
    }
}
