-- A figure read from a plan's indicator table (documents.extracted: attribute, table) keeps its 属性 (预期性 /
-- 约束性) and where it stands: the table's caption, the row's line and the column header, each with its offsets in
-- the document's text, so the page can highlight the row. All null for a figure of the running text.
alter table targets add column attribute          varchar(16);
alter table targets add column table_caption      text;
alter table targets add column table_caption_start integer;
alter table targets add column table_caption_end   integer;
alter table targets add column table_row          text;
alter table targets add column table_row_start    integer;
alter table targets add column table_row_end      integer;
alter table targets add column table_column       text;
alter table targets add column table_column_start integer;
alter table targets add column table_column_end   integer;
