package io.mubiao.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mubiao.contracts.vocabulary.EntityType;
import io.mubiao.targets.query.Checks;
import io.mubiao.targets.store.TargetRecord;
import io.mubiao.web.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
    EntityManager em;

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
    public record EntityDetail(String id, String type, String canonical, List<String> aliases,
                               List<DocumentMentions> documents,
                               @Schema(description = "Targets whose sentence mentions it (at most " + MAX_TARGETS + ")") List<TargetView> targets) {
    }

    @GET
    @Operation(summary = "Canonical entities, most mentioned first")
    @APIResponse(responseCode = "200", description = "A page of entities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown type, bad paging (application/problem+json)")
    @SuppressWarnings("unchecked")
    public EntityPage list(
            @Parameter(description = "PERSON, ORG, LOCATION, FACILITY, POLICY or EVENT") @QueryParam("type") String type,
            @Parameter(description = "Substring of the canonical name or of any alias") @QueryParam("q") String q,
            @Parameter(description = "Only entities mentioned in this document") @QueryParam("document") String document,
            @Parameter(description = "Page, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 200 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200")) @QueryParam("size") String size,
            @HeaderParam("X-Forwarded-Prefix") String prefix, @Context UriInfo uri) {
        Paging paging = Paging.of(page, size);
        String t = Checks.oneOf("type", type == null ? null : type.strip().toUpperCase(java.util.Locale.ROOT), TYPES);
        String text = Checks.text("q", q);
        String doc = Checks.text("document", document);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (t != null) {
            where.add("e.type = :type");
            params.put("type", t);
        }
        if (text != null) {
            where.add("exists (select 1 from entity_aliases a where a.entity_id = e.id and a.alias like :q)");
            params.put("q", "%" + Checks.escapeLike(text) + "%");
        }
        if (doc != null) {
            where.add("exists (select 1 from entity_mentions d where d.entity_id = e.id and d.document_id = :document)");
            params.put("document", doc);
        }
        String sql = "select e.id, e.type, e.canonical, count(m.id) as mentions, count(distinct m.document_id) as docs, "
                + "count(*) over () as total from entities e join entity_mentions m on m.entity_id = e.id"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " group by e.id, e.type, e.canonical order by mentions desc, e.canonical, e.id"
                + " limit :limit offset :offset";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setParameter("limit", paging.size()).setParameter("offset", (long) paging.page() * paging.size());
        List<Object[]> rows = query.getResultList();
        long total = rows.isEmpty() ? count(where, params) : ((Number) rows.get(0)[5]).longValue();
        Map<String, List<String>> aliases = aliases(rows.stream().map(r -> (String) r[0]).toList());
        List<EntityItem> items = rows.stream().map(r -> new EntityItem((String) r[0], (String) r[1], (String) r[2],
                aliases.getOrDefault((String) r[0], List.of()), ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
        return new EntityPage(items, total, paging.page(), paging.size(), paging.links(uri, prefix, total));
    }

    /** The total when the page is past the end (the window count is then not available). */
    private long count(List<String> where, Map<String, Object> params) {
        Query query = em.createNativeQuery("select count(*) from entities e where exists (select 1 from entity_mentions m "
                + "where m.entity_id = e.id)" + (where.isEmpty() ? "" : " and " + String.join(" and ", where)));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<String>> aliases(List<String> ids) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createNativeQuery("select entity_id, alias from entity_aliases where entity_id in (:ids) "
                + "order by entity_id, length(alias) desc, alias").setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return out;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entity: its aliases, its mentions by document and the targets linked to it")
    @APIResponse(responseCode = "200", description = "The entity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntityDetail.class)))
    @APIResponse(responseCode = "404", description = "No entity with this id is mentioned anywhere (application/problem+json)")
    @SuppressWarnings("unchecked")
    public EntityDetail get(@Parameter(description = "Entity id") @PathParam("id") String id) {
        List<Object[]> entity = id.length() > 32 ? List.of()
                : em.createNativeQuery("select id, type, canonical from entities where id = ?1").setParameter(1, id).getResultList();
        List<Object[]> mentions = entity.isEmpty() ? List.of() : em.createNativeQuery("""
                select m.document_id, d.title, m.text, m.start_offset, m.end_offset
                from entity_mentions m join documents d on d.id = m.document_id
                where m.entity_id = ?1 order by d.received_at desc, m.document_id, m.start_offset""")
                .setParameter(1, id).getResultList();
        if (mentions.isEmpty()) {
            throw new ProblemException(404, "Not Found", "No entity with id '" + Checks.abbreviate(id) + "'.");
        }
        Map<String, DocumentMentions> byDocument = new LinkedHashMap<>();
        for (Object[] m : mentions) {
            byDocument.computeIfAbsent((String) m[0], k -> new DocumentMentions(k, (String) m[1], new ArrayList<>()))
                    .mentions().add(new MentionAt((String) m[2], ((Number) m[3]).intValue(), ((Number) m[4]).intValue()));
        }
        List<TargetView> targets = TargetRecord.<TargetRecord>find(
                        "id in (select l.targetId from TargetEntityRecord l where l.entityId = ?1)",
                        Sort.by("documentId").and("ordinal"), id)
                .page(0, MAX_TARGETS).list().stream().map(TargetView::of).toList();
        Object[] e = entity.get(0);
        return new EntityDetail((String) e[0], (String) e[1], (String) e[2], aliases(List.of(id)).getOrDefault(id, List.of()),
                new ArrayList<>(byDocument.values()), targets);
    }
}
