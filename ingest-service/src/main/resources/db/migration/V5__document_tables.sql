-- The tables document-formats read (HTML, Word, PDF), as the event carries them: a JSON array of
-- {caption, captionStart, captionEnd, rows: [{start, end, cells: [{text, start, end}]}]}; null for plain text and
-- for documents stored before tables were read (their events carry none).
alter table documents add column tables text;
