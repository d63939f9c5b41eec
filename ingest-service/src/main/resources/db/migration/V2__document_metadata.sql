-- What document-formats found in each upload, kept so the outbox relay (and a reprocess) republishes the same event.
alter table documents add column doc_date date;
alter table documents add column genre text;
alter table documents add column issuer text;
-- JSON arrays/objects as in the event: sections [{level,label,heading,start,end}], removed [{at,text,reason}],
-- metadata_sources {field: source}
alter table documents add column sections text;
alter table documents add column removed text;
alter table documents add column metadata_sources text;
