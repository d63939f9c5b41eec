-- targets-service's read model: documents with their status, and the latest extraction of each.
create table documents (
    id                varchar(64) primary key,
    title             text,
    file_name         text,
    source            text,
    content_type      varchar(255),
    size_bytes        bigint,
    char_count        integer,
    document_date     date,
    genre             varchar(64),
    text              text,
    received_at       timestamp with time zone,
    status            varchar(16)  not null,
    failure_stage     varchar(64),
    failure_reason    text,
    extractor_version varchar(64),
    extracted_at      timestamp with time zone,
    target_count      integer not null default 0,
    entity_count      integer not null default 0,
    updated_at        timestamp with time zone not null
);
create index documents_received on documents (received_at desc);

create table targets (
    id               bigserial primary key,
    document_id      varchar(64) not null references documents (id) on delete cascade,
    ordinal          integer not null,
    indicator        text    not null,
    subject          text,
    kind             varchar(16) not null,
    measure          varchar(16) not null,
    value            double precision not null,
    value_max        double precision,
    unit             varchar(64) not null,
    comparator       varchar(16) not null,
    year             varchar(16),
    year_from        integer,
    year_to          integer,
    normalized_value double precision,
    base_unit        varchar(64),
    theme            varchar(64),
    quote            text    not null,
    sentence         text,
    start_offset     integer not null,
    end_offset       integer not null,
    section          text,
    unique (document_id, ordinal)
);
create index targets_document on targets (document_id);
create index targets_kind_year on targets (kind, year_from);
create index targets_indicator on targets (indicator);

create table entity_mentions (
    id           bigserial primary key,
    document_id  varchar(64) not null references documents (id) on delete cascade,
    ordinal      integer not null,
    text         text not null,
    type         varchar(16) not null,
    canonical    text not null,
    start_offset integer not null,
    end_offset   integer not null,
    unique (document_id, ordinal)
);
create index entity_mentions_document on entity_mentions (document_id);
create index entity_mentions_canonical on entity_mentions (canonical);
