-- H2: the word table by word again (V5 dropped it), so that a rare search word's programmes are
-- one index range: a text search counts each word's postings up to a bound here, and with a rare
-- word tests only its programmes instead of every programme in id order (issue 14).
create index programme_search_word_word on programme_search_word (word, programme_id);
