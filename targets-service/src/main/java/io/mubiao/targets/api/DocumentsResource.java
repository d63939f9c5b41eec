package io.mubiao.targets.api;

import io.mubiao.targets.store.DocumentRecord;
import io.mubiao.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @GET
    @Operation(summary = "Documents with their status (RECEIVED, EXTRACTED, FAILED) and counts, newest first")
    public Page<DocumentView> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                   @HeaderParam("X-Forwarded-Prefix") String prefix, @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        PanacheQuery<DocumentRecord> all = DocumentRecord.findAll(Sort.descending("receivedAt").and("id"));
        long total = all.count();
        var items = all.page(paging.page(), paging.size()).list().stream().map(DocumentView::of).toList();
        return new Page<>(items, total, paging.page(), paging.size(), paging.links(uri, prefix, total));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its status and counts")
    public DocumentView get(@PathParam("id") String id) {
        DocumentRecord d = id.length() > 64 ? null : DocumentRecord.findById(id);
        if (d == null) {
            throw new ProblemException(404, "Not Found", "No document with id '" + (id.length() > 64 ? id.substring(0, 64) + "…" : id) + "'.");
        }
        return DocumentView.of(d);
    }
}
