-- PostgreSQL: the title's words get a GIN index of their own (issue 14). A text search reads its
-- matches level by level, highest relevance first; the top level (every search word begins a
-- word of the title) is this index's look-up for rare words, and the id-ordered range for
-- frequent ones, which the planner tells apart from the statistics of the column.
create index programme_search_text_title_document on programme_search_text using gin (title_document);

-- The programmes in id order with their period: "active on a day" tested on the index alone
-- (an index-only scan), so the count up to 201 and a page stop after the rows they need
-- instead of reading each programme's row, or a range of one date column, first.
create index programme_id_period on programme (id) include (period_start, period_end);
