package io.mubiao.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.contracts.vocabulary.EntityType;
import io.mubiao.targets.documents.SectionTree;
import io.mubiao.targets.query.Checks;
import io.mubiao.targets.query.DocumentFilter;
import io.mubiao.targets.store.DocumentReads;
import io.mubiao.targets.store.DocumentRecord;
import io.mubiao.targets.store.Selection;
import io.mubiao.web.ProblemException;
import jakarta.inject.Inject;
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
    DocumentReads documents;

    /** The page shape with its item type named, for the OpenAPI document. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DocumentPage")
    public record DocumentPage(List<DocumentView> items, long total, int page, int size, Map<String, String> links) {
    }

    /** An entity mention of a document. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DocumentEntityMention")
    public record Mention(@Schema(description = "Entity id (GET /entities/{id})") String id, String text,
                          @Schema(type = SchemaType.STRING, implementation = EntityType.class) String type,
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
        Selection<DocumentRecord> found = documents.select(DocumentFilter.of(genre, dateFrom, dateTo, status, q, region));
        long total = found.total();
        var items = found.page(paging.page(), paging.size()).stream().map(DocumentView::of).toList();
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
    public List<SectionTree.Node> sections(@Parameter(description = "Document id") @PathParam("id") String id) {
        find(id);
        return SectionTree.build(documents.sections(id));
    }

    @GET
    @Path("/{id}/entities")
    @Operation(summary = "The entity mentions of the document in document order, each with its canonical entity's id")
    @APIResponse(responseCode = "200", description = "The mentions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = Mention.class)))
    @APIResponse(responseCode = "404", description = "Unknown document (application/problem+json)")
    public List<Mention> entities(@Parameter(description = "Document id") @PathParam("id") String id) {
        find(id);
        return documents.mentions(id).stream()
                .map(m -> new Mention(m.entityId(), m.text(), m.type(), m.canonical(), m.start(), m.end())).toList();
    }

    private DocumentRecord find(String id) {
        return (id.length() > 64 ? java.util.Optional.<DocumentRecord>empty() : documents.byId(id)).orElseThrow(() ->
                new ProblemException(404, "Not Found", "No document with id '" + Checks.abbreviate(id) + "'."));
    }
}
