package io.mubiao.targets.store;

import io.mubiao.contracts.vocabulary.DocumentStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mubiao.contracts.DocumentExtracted;
import io.mubiao.testing.KafkaBrokerResource;
import io.mubiao.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * targets-service stores several extraction results at once (the extracted channel's worker pool). Documents that
 * name the same new entities, in different orders, stored at the same moment: every result is stored, none fails
 * (inserting shared rows in arbitrary order let two transactions wait for each other: a deadlock).
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "targets"),
        restrictToAnnotatedClass = false)
class ConcurrentResultsTest {
    static final int THREADS = 4;
    static final int ROUNDS = 8;
    static final int ENTITIES = 30;
    /** Entities inside the target's sentence: mentions start 10 characters apart and are 13 long. */
    static final int LINKED = 10;

    @Inject
    ReadModelWriter writer;

    @Inject
    EntityManager em;

    @Test
    void resultsNamingTheSameNewEntitiesAreStoredConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<String> documents = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                String prefix = "并发" + UUID.randomUUID().toString().substring(0, 8);
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                    documents.add(id);
                    DocumentExtracted result = result(id, prefix, new Random(round * 31L + t));
                    done.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        writer.applyExtracted(result);
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS); // an exception here (a deadlock, say) fails the test
                }
            }
            for (String id : documents) {
                Number mentions = (Number) em.createNativeQuery("select count(*) from entity_mentions where document_id = ?1")
                        .setParameter(1, id).getSingleResult();
                assertEquals(ENTITIES, mentions.intValue(), "mentions of " + id);
                Number links = (Number) em.createNativeQuery("select count(*) from target_entities l join targets t "
                        + "on t.id = l.target_id where t.document_id = ?1").setParameter(1, id).getSingleResult();
                assertEquals(LINKED, links.intValue(), "entities linked to the target of " + id);
            }
            // No foreign key guards these references (V4): every stored mention and link must still name an entity row.
            Number orphanMentions = (Number) em.createNativeQuery("select count(*) from entity_mentions m "
                    + "where not exists (select 1 from entities e where e.id = m.entity_id)").getSingleResult();
            Number orphanLinks = (Number) em.createNativeQuery("select count(*) from target_entities l "
                    + "where not exists (select 1 from entities e where e.id = l.entity_id)").getSingleResult();
            assertEquals(0, orphanMentions.intValue(), "mentions without their entity");
            assertEquals(0, orphanLinks.intValue(), "target links without their entity");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stored in any order, the later result of the same extractor wins, and an older result's failure is stale. */
    @Test
    void theLaterResultWinsWhicheverIsStoredFirst() {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        Instant earlier = Instant.parse("2026-11-23T01:00:00Z");
        Instant later = Instant.parse("2026-11-23T02:00:00Z");
        DocumentExtracted older = result(id, "旧" + id, new Random(1));
        DocumentExtracted newer = new DocumentExtracted(id, "0.3.0", later, List.of(), older.entities().subList(0, 5));
        writer.applyExtracted(newer);
        writer.applyExtracted(new DocumentExtracted(id, "0.3.0", earlier, List.of(), older.entities()));
        writer.markNotStored(id, earlier, "an older result that could not be stored");
        DocumentRecord d = DocumentRecord.findById(id);
        assertEquals(DocumentStatus.EXTRACTED, d.status);
        assertEquals(5, d.entityCount);
        assertEquals(later, d.extractedAt);

        writer.markNotStored(id, later.plusSeconds(60), "a newer result that could not be stored");
        assertEquals("FAILED", em.createNativeQuery("select status from documents where id = ?1").setParameter(1, id)
                .getSingleResult());
    }

    /** A result naming the round's entities in a shuffled order, with one target whose sentence holds the first ten. */
    private static DocumentExtracted result(String id, String prefix, Random random) {
        List<DocumentExtracted.ExtractedEntity> entities = new ArrayList<>();
        for (int i = 0; i < ENTITIES; i++) {
            String name = prefix + "机构" + i;
            entities.add(new DocumentExtracted.ExtractedEntity(name, "ORGANIZATION", name, i * 10, i * 10 + name.length()));
        }
        Collections.shuffle(entities, random);
        DocumentExtracted.ExtractedTarget target = new DocumentExtracted.ExtractedTarget("地区生产总值", null, "target",
                "rate", 5.0, null, "%", "approx", "2025", 5.0, "%", null, "增长5%左右", null, 0, 8, List.of(), 0,
                LINKED * 10 + 5);
        return new DocumentExtracted(id, "0.3.0", Instant.now(), List.of(target), entities);
    }
}
