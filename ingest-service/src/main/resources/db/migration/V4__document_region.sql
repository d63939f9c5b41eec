-- The administrative area the document speaks for (全国, 天津市, 深圳市) and its level (national, province, city,
-- district), found by document-formats or given at upload; null when unknown.
alter table documents add column region text;
alter table documents add column region_level text;
