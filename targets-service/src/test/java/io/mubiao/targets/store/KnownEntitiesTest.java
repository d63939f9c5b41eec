package io.mubiao.targets.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mubiao.contracts.DocumentExtracted;
import io.mubiao.testing.KafkaBrokerResource;
import io.mubiao.testing.PostgresResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * targets-service skips the upserts of entities and aliases it has seen committed ({@link KnownEntities}). What a
 * rolled-back result wrote must not count as known: the next result naming the same entities writes them.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "targets"),
        restrictToAnnotatedClass = false)
class KnownEntitiesTest {

    @Inject
    ReadModelWriter writer;

    @Inject
    EntityManager em;

    @Test
    void entitiesOfARolledBackResultAreWrittenByTheNextOne() {
        String prefix = "回滚" + UUID.randomUUID().toString().substring(0, 8);
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            writer.applyExtracted(result(newId(), prefix, 0));
            throw new IllegalStateException("the store fails after the rows were written");
        }));
        assertEquals(0, count("select count(*) from entities where canonical like ?1", prefix + "%"));

        String second = newId();
        writer.applyExtracted(result(second, prefix, 1));
        assertEquals(5, count("select count(*) from entities where canonical like ?1", prefix + "%"));
        assertEquals(10, count("select count(*) from entity_aliases a join entities e on e.id = a.entity_id "
                + "where e.canonical like ?1", prefix + "%"), "canonical name and surface text of each");
        assertEquals(0, count("select count(*) from entity_mentions m where m.document_id = ?1 "
                + "and not exists (select 1 from entities e where e.id = m.entity_id)", second));
    }

    @Test
    void aKnownEntityKeepsGainingAliases() {
        String prefix = "别名" + UUID.randomUUID().toString().substring(0, 8);
        writer.applyExtracted(result(newId(), prefix, 0));
        writer.applyExtracted(result(newId(), prefix, 1)); // known now: the same rows, nothing new
        DocumentExtracted.ExtractedEntity other = new DocumentExtracted.ExtractedEntity(prefix + "简称", "ORGANIZATION",
                prefix + "机构0", 0, 6);
        writer.applyExtracted(new DocumentExtracted(newId(), "0.3.0", Instant.now(), List.of(), List.of(other)));
        assertEquals(3, count("select count(*) from entity_aliases a join entities e on e.id = a.entity_id "
                + "where e.canonical = ?1", prefix + "机构0"), "canonical, surface text, new short name");
    }

    private int count(String sql, String parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).intValue();
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** Five organizations, each mentioned by a surface text that differs from its canonical name. */
    private static DocumentExtracted result(String id, String prefix, int variant) {
        List<DocumentExtracted.ExtractedEntity> entities = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String canonical = prefix + "机构" + i;
            entities.add(new DocumentExtracted.ExtractedEntity(canonical + "（全称）", "ORGANIZATION", canonical,
                    i * 20 + variant, i * 20 + variant + 15));
        }
        return new DocumentExtracted(id, "0.3.0", Instant.now(), List.of(), entities);
    }
}
