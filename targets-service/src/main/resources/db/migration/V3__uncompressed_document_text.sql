-- The document text is stored out of line without compression: pglz cost PostgreSQL ~0.9 ms of CPU per 40 KB text
-- on every ingested event (docs/benchmarks.md), for ~35 % less disk on texts of tens of kilobytes. Applies to rows
-- written from now on.
alter table documents alter column text set storage external;
