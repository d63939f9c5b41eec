-- The new fields of documents.ingested (issuer, sections, removed boilerplate, metadata provenance) and of
-- documents.extracted (sentence range, theme), the indicator key, and canonical entities across documents.

alter table documents add column issuer text;
-- {"title":"text:0-24","date":"upload",…} as JSON text
alter table documents add column metadata_sources text;
create index documents_genre on documents (genre);
create index documents_date on documents (document_date);

create table document_sections (
    document_id  varchar(64) not null references documents (id) on delete cascade,
    ordinal      integer not null,
    level        integer not null,
    label        text,
    heading      text,
    start_offset integer not null,
    end_offset   integer not null,
    primary key (document_id, ordinal)
);

create table document_removed (
    document_id varchar(64) not null references documents (id) on delete cascade,
    ordinal     integer not null,
    at_offset   integer not null,
    text        text not null,
    reason      varchar(64),
    primary key (document_id, ordinal)
);

alter table targets add column indicator_key  text;
alter table targets add column sentence_start integer;
alter table targets add column sentence_end   integer;
alter table targets add column extractor_version varchar(64);
update targets t set extractor_version = d.extractor_version from documents d where d.id = t.document_id;
update targets set indicator_key = indicator where indicator_key is null;
alter table targets alter column indicator_key set not null;
create index targets_indicator_key on targets (indicator_key);
create index targets_theme on targets (theme);

-- One row per real-world thing: id = first 16 hex of SHA-256(type + "\n" + canonical), stable everywhere.
create table entities (
    id        varchar(32) primary key,
    type      varchar(16) not null,
    canonical text not null,
    unique (type, canonical)
);

-- Every surface text ever seen for an entity, and its canonical name.
create table entity_aliases (
    entity_id varchar(32) not null references entities (id) on delete cascade,
    alias     text not null,
    primary key (entity_id, alias)
);
create index entity_aliases_alias on entity_aliases (alias);

-- Mentions written before this migration get their entity now.
insert into entities (id, type, canonical)
select distinct on (type, canonical)
       substr(encode(sha256(convert_to(upper(type) || E'\n' || canonical, 'UTF8')), 'hex'), 1, 16), upper(type), canonical
from entity_mentions
on conflict do nothing;
alter table entity_mentions add column entity_id varchar(32) references entities (id);
update entity_mentions m set entity_id = e.id from entities e where e.type = upper(m.type) and e.canonical = m.canonical;
insert into entity_aliases (entity_id, alias)
select distinct entity_id, text from entity_mentions where entity_id is not null
union
select id, canonical from entities
on conflict do nothing;
alter table entity_mentions alter column entity_id set not null;
create index entity_mentions_entity on entity_mentions (entity_id);

create table target_entities (
    target_id bigint not null references targets (id) on delete cascade,
    entity_id varchar(32) not null references entities (id),
    primary key (target_id, entity_id)
);
create index target_entities_entity on target_entities (entity_id);
