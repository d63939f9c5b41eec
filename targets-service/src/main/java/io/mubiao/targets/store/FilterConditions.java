package io.mubiao.targets.store;

import io.mubiao.contracts.vocabulary.DocumentStatus;
import io.mubiao.targets.query.Checks;
import io.mubiao.targets.query.DocumentFilter;
import io.mubiao.targets.query.TargetFilter;

/**
 * The validated filters of {@code query} as HQL conditions with named parameters: over {@code TargetRecord} for
 * {@code GET /targets}, over {@code DocumentRecord} for {@code GET /documents}. The store reads the query package,
 * never the other way round.
 */
final class FilterConditions {
    private FilterConditions() {
    }

    static Where of(TargetFilter f) {
        Where where = new Where();
        if (f.indicator() != null) {
            String like = "%" + Checks.escapeLike(f.indicator()) + "%";
            if (f.indicatorKey() != null && !f.indicatorKey().isEmpty()) {
                where.and("(indicator like :indicator escape '\\' or indicatorKey = :indicatorKey)")
                        .bind("indicatorKey", f.indicatorKey()).bind("indicator", like);
            } else {
                where.and(like, "indicator like :indicator escape '\\'", "indicator");
            }
        }
        where.and(f.kind(), "kind = :kind", "kind")
                .and(f.measure(), "measure = :measure", "measure")
                .and(f.comparator(), "comparator = :comparator", "comparator")
                .and(f.theme(), "theme = :theme", "theme")
                // A plan-period target (2021-2025) counts for every year of its span.
                .and(f.year(), "yearFrom <= :year and yearTo >= :year", "year")
                .and(f.yearFrom(), "yearTo >= :yearFrom", "yearFrom")
                .and(f.yearTo(), "yearFrom <= :yearTo", "yearTo")
                .and(f.document(), "documentId = :document", "document")
                .and(f.region(), "documentId in (select d.id from DocumentRecord d where d.region = :region)", "region")
                .and(likeOf(f.q()), "(quote like :q escape '\\' or indicator like :q escape '\\')", "q");
        if (f.entityIds() != null) {
            if (f.entityIds().isEmpty()) {
                where.and("1 = 0");
            } else {
                where.and(f.entityIds(), "id in (select l.targetId from TargetEntityRecord l where l.entityId in :entityIds)",
                        "entityIds");
            }
        }
        return where;
    }

    static Where of(DocumentFilter f) {
        return new Where()
                .and(f.genre(), "genre = :genre", "genre")
                .and(f.dateFrom(), "date >= :dateFrom", "dateFrom")
                .and(f.dateTo(), "date <= :dateTo", "dateTo")
                .and(f.status() == null ? null : DocumentStatus.of(f.status()), "status = :status", "status")
                .and(f.region(), "region = :region", "region")
                .and(likeOf(f.q()), "(title like :q escape '\\' or fileName like :q escape '\\' or issuer like :q escape '\\')",
                        "q");
    }

    private static String likeOf(String text) {
        return text == null ? null : "%" + Checks.escapeLike(text) + "%";
    }
}
