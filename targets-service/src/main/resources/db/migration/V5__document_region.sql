-- The administrative area a document speaks for (全国, 天津市, 深圳市) and its level (national, province, city,
-- district), from documents.ingested; null when unknown. Targets show their document's region; the comparison
-- across regions (GET /indicators/{key}/regions) and the region filter of GET /targets join on it.
alter table documents add column region text;
alter table documents add column region_level varchar(16);
create index documents_region on documents (region);
