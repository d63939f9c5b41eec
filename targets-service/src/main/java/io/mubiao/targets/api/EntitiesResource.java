package io.mubiao.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.contracts.vocabulary.EntityType;
import io.mubiao.targets.query.Checks;
import io.mubiao.targets.store.EntityReads;
import io.mubiao.targets.store.RowPage;
import io.mubiao.targets.store.TargetReads;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Canonical entities across documents: one id per real-world thing, with every name it was seen under. */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntitiesResource {
    public static final Set<String> TYPES = EntityType.wireValues();
    /** Linked targets shown by GET /entities/{id}; /targets?entity=… pages through all of them. */
    static final int MAX_TARGETS = 200;

    @Inject
    EntityReads entities;

    @Inject
    TargetReads targets;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EntitySummary")
    public record EntityItem(String id, @Schema(type = SchemaType.STRING, implementation = EntityType.class) String type,
                             String canonical, @Schema(description = "Every name seen for it, and the canonical one") List<String> aliases,
                             long mentionCount, long documentCount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EntityPage")
    public record EntityPage(List<EntityItem> items, long total, int page, int size, Map<String, String> links) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MentionAt(String text, int start, int end) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentMentions(String document, String title, List<MentionAt> mentions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Entity")
    public record EntityDetail(String id, @Schema(type = SchemaType.STRING, implementation = EntityType.class) String type, String canonical, List<String> aliases,
                               List<DocumentMentions> documents,
                               @Schema(description = "Targets whose sentence mentions it (at most " + MAX_TARGETS + ")") List<TargetView> targets) {
    }

    @GET
    @Operation(summary = "Canonical entities, most mentioned first")
    @APIResponse(responseCode = "200", description = "A page of entities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown type, bad paging (application/problem+json)")
    public EntityPage list(
            @Parameter(description = "PERSON, ORG, LOCATION, FACILITY, POLICY or EVENT", schema = @Schema(type = SchemaType.STRING, implementation = EntityType.class)) @QueryParam("type") String type,
            @Parameter(description = "Substring of the canonical name or of any alias") @QueryParam("q") String q,
            @Parameter(description = "Only entities mentioned in this document") @QueryParam("document") String document,
            @Parameter(description = "Page, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @HeaderParam("X-Forwarded-Prefix") String prefix, @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        String t = Checks.oneOf("type", type == null ? null : type.strip().toUpperCase(java.util.Locale.ROOT), TYPES);
        RowPage<EntityReads.Summary> found = entities.list(t, Checks.text("q", q), Checks.text("document", document),
                paging.page(), paging.size());
        List<EntityItem> items = found.rows().stream().map(e -> new EntityItem(e.id(), e.type(), e.canonical(), e.aliases(),
                e.mentionCount(), e.documentCount())).toList();
        return new EntityPage(items, found.total(), paging.page(), paging.size(), paging.links(uri, prefix, found.total()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity: its aliases, its mentions by document and the targets linked to it")
    @APIResponse(responseCode = "200", description = "The entity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityDetail.class)))
    @APIResponse(responseCode = "404", description = "No entity with this id is mentioned anywhere (application/problem+json)")
    public EntityDetail get(@Parameter(description = "Entity id") @PathParam("id") String id) {
        EntityReads.Detail e = (id.length() > 32 ? Optional.<EntityReads.Detail>empty() : entities.detail(id)).orElseThrow(() ->
                new ProblemException(404, "Not Found", "No entity with id '" + Checks.abbreviate(id) + "'."));
        Map<String, DocumentMentions> byDocument = new LinkedHashMap<>();
        for (EntityReads.Mention m : e.mentions()) {
            byDocument.computeIfAbsent(m.document(), k -> new DocumentMentions(k, m.title(), new ArrayList<>()))
                    .mentions().add(new MentionAt(m.text(), m.start(), m.end()));
        }
        List<TargetView> linked = targets.linkedTo(id, MAX_TARGETS).stream().map(TargetView::of).toList();
        return new EntityDetail(e.id(), e.type(), e.canonical(), e.aliases(), new ArrayList<>(byDocument.values()), linked);
    }
}
