-- PostgreSQL: a programme's full-text document stays in its row rather than out of line in TOAST
-- (issue 14). Beside the summary's words the row passes 2 kB, so PostgreSQL moved the document, its
-- largest column, out of line: testing a frequent word on a rare word's matches then read about
-- four buffers per match (the row, the TOAST index, the chunks). MAIN keeps it in the row, the
-- source words (other_words) go out of line instead. Rows written from now on follow it; a
-- `VACUUM FULL programme_search_text` moves those already stored (docs/user-guide.md).
alter table programme_search_text alter column document set storage main;
