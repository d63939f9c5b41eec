-- The received bytes and the text are stored out of line without compression: pglz cost PostgreSQL ~0.9 ms of CPU
-- per 40 KB value on every upload (docs/benchmarks.md), for ~35 % less disk on documents of tens of kilobytes.
-- Uploads are often compressed formats already (PDF, DOCX). Applies to rows written from now on.
alter table documents alter column original set storage external;
alter table documents alter column text set storage external;
