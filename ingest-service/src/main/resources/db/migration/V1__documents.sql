-- ingest-service's own database: every accepted upload, as received.
create table documents (
    id            varchar(64)  primary key,
    sha256        varchar(64)  not null unique,
    title         text,
    source        text,
    file_name     text,
    content_type  varchar(255) not null,
    size_bytes    bigint       not null,
    original      bytea        not null,
    text          text         not null,
    received_at   timestamp with time zone not null,
    published_at  timestamp with time zone
);
create index documents_unpublished on documents (received_at) where published_at is null;
