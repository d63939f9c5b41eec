package io.mubiao.gateway.events;

import io.mubiao.contracts.EventTypes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/v1/events")
public class EventsApi {
    @Inject
    LifecycleBroadcaster broadcaster;

    @Inject
    LifecycleStream stream;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-sent events of the document lifecycle (ingested, extracted, failed)",
            description = "From the moment of connection, live from the Kafka topics; no replay. Event name = CloudEvents "
                    + "type (" + EventTypes.DOCUMENT_INGESTED_V1 + ", " + EventTypes.DOCUMENT_EXTRACTED_V1 + ", "
                    + EventTypes.DOCUMENT_FAILED_V1 + "), id = "
                    + "<topic>-<partition>-<offset>, data = a LifecycleEvent as JSON. A comment line is sent every 20 s.")
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(implementation = LifecycleEvent.class)))
    public void stream(@Context SseEventSink sink, @Context Sse sse) {
        broadcaster.register(sink, sse);
        stream.clientConnected();
    }
}
