-- H2: a text search now tests each programme it reads in id order for its words (EXISTS on the
-- primary key (programme_id, word)), so that a page stops after its rows instead of reading every
-- match of a word first; the index by word alone is no longer read, and only cost the writes.
drop index programme_search_word_word;
