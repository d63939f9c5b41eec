package io.mubiao.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.targets.documents.SectionTree;
import io.mubiao.targets.query.Checks;
import io.mubiao.targets.query.DocumentFilter;
import io.mubiao.targets.store.DocumentRecord;
import io.mubiao.web.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {
    @Inject
    EntityManager em;

    /** The page shape with its item type named, for the OpenAPI document. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DocumentPage")
    public record DocumentPage(List<DocumentView> items, long total, int page, int size, Map<String, String> links) {
    }

    /** An entity mention of a document. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DocumentEntityMention")
    public record Mention(@Schema(description = "Entity id (GET /entities/{id})") String id, String text, String type,
                          String canonical, int start, int end) {
    }

    @GET
    @Operation(summary = "Documents with their status (RECEIVED, EXTRACTED, FAILED) and counts, newest first")
    @APIResponse(responseCode = "200", description = "A page of documents",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentPage.class)))
    @APIResponse(responseCode = "400", description = "Bad date, unknown status, bad paging (application/problem+json)")
    public DocumentPage list(
            @Parameter(description = "Genre, exact (政府工作报告, 规划, 行动方案, 新闻发布会, 通知)") @QueryParam("genre") String genre,
            @Parameter(description = "Documents dated on or after this day (2023-01-01)") @QueryParam("dateFrom") String dateFrom,
            @Parameter(description = "Documents dated on or before this day") @QueryParam("dateTo") String dateTo,
            @Parameter(description = "RECEIVED, EXTRACTED or FAILED") @QueryParam("status") String status,
            @Parameter(description = "Free text over title, file name and issuer (substring)") @QueryParam("q") String q,
            @Parameter(description = "Region: 全国, a province (天津市, 天津, 津), a city or district") @QueryParam("region") String region,
            @Parameter(description = "Page, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @HeaderParam("X-Forwarded-Prefix") String prefix, @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        Map.Entry<String, Map<String, Object>> query = DocumentFilter.of(genre, dateFrom, dateTo, status, q, region).toQuery();
        PanacheQuery<DocumentRecord> found = DocumentRecord.find(query.getKey(),
                Sort.descending("receivedAt").and("id"), query.getValue());
        long total = found.count();
        var items = found.page(paging.page(), paging.size()).list().stream().map(DocumentView::of).toList();
        return new DocumentPage(items, total, paging.page(), paging.size(), paging.links(uri, prefix, total));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One document with its status and counts")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "Unknown document (application/problem+json)")
    public DocumentView get(@Parameter(description = "Document id") @PathParam("id") String id) {
        return DocumentView.of(find(id));
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The normalized text every offset refers to (text/plain; charset=UTF-8)")
    @APIResponse(responseCode = "200", description = "The text", content = @Content(mediaType = "text/plain"))
    @APIResponse(responseCode = "404", description = "Unknown document, or its text has not arrived yet (application/problem+json)")
    public Response text(@Parameter(description = "Document id") @PathParam("id") String id) {
        DocumentRecord d = find(id);
        if (d.text == null) {
            throw new ProblemException(404, "Not Found", "The text of document '" + id + "' has not been received yet.");
        }
        return Response.ok(d.text, "text/plain; charset=UTF-8").build();
    }

    @GET
    @Path("/{id}/sections")
    @Operation(summary = "The section tree of the document: headings with the ranges they govern, nested by level")
    @APIResponse(responseCode = "200", description = "The top-level sections, each with its children",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            implementation = SectionTree.Node.class)))
    @APIResponse(responseCode = "404", description = "Unknown document (application/problem+json)")
    @SuppressWarnings("unchecked")
    public List<SectionTree.Node> sections(@Parameter(description = "Document id") @PathParam("id") String id) {
        find(id);
        List<Object[]> rows = em.createNativeQuery("select level, label, heading, start_offset, end_offset "
                + "from document_sections where document_id = ?1 order by ordinal").setParameter(1, id).getResultList();
        return SectionTree.build(rows.stream().map(r -> new SectionTree.Flat(((Number) r[0]).intValue(), (String) r[1],
                (String) r[2], ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList());
    }

    @GET
    @Path("/{id}/entities")
    @Operation(summary = "The entity mentions of the document in document order, each with its canonical entity's id")
    @APIResponse(responseCode = "200", description = "The mentions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = Mention.class)))
    @APIResponse(responseCode = "404", description = "Unknown document (application/problem+json)")
    @SuppressWarnings("unchecked")
    public List<Mention> entities(@Parameter(description = "Document id") @PathParam("id") String id) {
        find(id);
        List<Object[]> rows = em.createNativeQuery("select entity_id, text, type, canonical, start_offset, end_offset "
                + "from entity_mentions where document_id = ?1 order by start_offset, ordinal").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new Mention((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue())).toList();
    }

    static DocumentRecord find(String id) {
        DocumentRecord d = id.length() > 64 ? null : DocumentRecord.findById(id);
        if (d == null) {
            throw new ProblemException(404, "Not Found", "No document with id '" + Checks.abbreviate(id) + "'.");
        }
        return d;
    }
}
