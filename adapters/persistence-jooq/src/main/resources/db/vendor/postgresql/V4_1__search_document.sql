-- PostgreSQL: its own full-text search over programme_search_text. The words arrive already
-- normalised (lower case, accents stripped: SearchText does what unaccent would), so the
-- 'simple' configuration only splits them; the title's words carry weight A, the rest B.
-- A stored generated column: the row the adapter writes in its transaction brings its own
-- document, and the GIN index answers word prefixes (to_tsquery 'word:*').
alter table programme_search_text add column document tsvector
    generated always as (setweight(to_tsvector('simple'::regconfig, title_words), 'A')
                         || setweight(to_tsvector('simple'::regconfig, other_words), 'B')) stored;
create index programme_search_text_document on programme_search_text using gin (document);
-- the title's words alone: a search ranks its matches by them (SearchText.relevance), and this
-- small document is cheaper to test per match than the whole one
alter table programme_search_text add column title_document tsvector
    generated always as (to_tsvector('simple'::regconfig, title_words)) stored;
