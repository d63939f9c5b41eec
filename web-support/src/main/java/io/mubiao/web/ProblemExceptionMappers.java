package io.mubiao.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception a request can cause into an RFC 7807 body. Client errors keep their status;
 * anything unexpected becomes a 500 whose body says nothing of the internals (the log has the trace).
 */
public class ProblemExceptionMappers {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return Problem.response(status, reason(status), "The service could not complete the request.");
        }
        return Problem.response(status, reason(status), clientDetail(status, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return Problem.response(400, "Bad Request", "The request body is not valid JSON for this endpoint.");
    }

    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e) {
        return Problem.response(400, "Bad Request", e.getMessage());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (e instanceof java.io.IOException && e.getMessage() != null && e.getMessage().contains("multipart")) {
            // the body parser could not read the client's multipart body (cut short, no closing boundary)
            return Problem.response(400, "Bad Request",
                    "The multipart/form-data body is malformed or incomplete: every part needs its closing boundary.");
        }
        if (DependencyOutage.isOutage(e)) {
            // the database is away: nothing was recorded, and the client should simply try again
            LOG.warnf("dependency unavailable: %s", e.getMessage());
            return Response.fromResponse(Problem.response(503, "Service Unavailable",
                            "A service this request needs (its database) is unavailable; nothing was recorded. Retry later."))
                    .header("Retry-After", "5").build();
        }
        LOG.error("unexpected error", e);
        return Problem.response(500, "Internal Server Error", "The service could not complete the request.");
    }

    private static String reason(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return s == null ? "HTTP " + status : s.getReasonPhrase();
    }

    private static String clientDetail(int status, String message) {
        return switch (status) {
            case 404 -> message != null && !message.startsWith("HTTP 404") ? message : "No such resource.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "The requested representation is not available; ask for application/json.";
            case 415 -> "This media type is not supported here.";
            default -> message == null ? reason(status) : message;
        };
    }
}
