-- An extraction result writes ~300 rows (≈ 175 mentions, 65 targets, 45 target-entity links): every index and
-- foreign-key check on them is paid on every document (docs/benchmarks.md §3).

-- Mentions and target links referenced the shared entities rows with foreign keys: each of the ~220 rows per
-- document ran a check that locks the entity row (FOR KEY SHARE), and two results stored at once lock the same
-- popular entities, which PostgreSQL records with multixacts: ≈ 4 ms of database CPU per document. Entities are
-- never deleted, and ExtractionRows writes a result's entities in the same transaction before its mentions and
-- links, so the reference holds by construction (store/ConcurrentResultsTest checks that no mention or link is left without its entity).
alter table entity_mentions drop constraint if exists entity_mentions_entity_id_fkey;
alter table target_entities drop constraint if exists target_entities_entity_id_fkey;

-- Lookups by document use the leading column of unique (document_id, ordinal): these two duplicated it.
drop index if exists targets_document;
drop index if exists entity_mentions_document;
-- Entities are searched by name in entities and entity_aliases since V2; nothing reads mentions by canonical name.
drop index if exists entity_mentions_canonical;
-- The indicator filter is a substring match (like '%…%') or the indicator key (indexed): no query could use this one.
drop index if exists targets_indicator;
