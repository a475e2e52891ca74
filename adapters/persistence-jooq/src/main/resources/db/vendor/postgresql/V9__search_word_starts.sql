-- PostgreSQL: the first one and two characters of every word of a programme's searchable text,
-- as 1,024 bits, in a narrow table of their own (issue 14). A search word that begins a word of
-- the text begins with those characters, so a programme without their bits cannot match.
-- A broad word (a prefix of many rare words, "77") is tested on the programmes read in id
-- order; where its matches cluster a page tests thousands of them, each a visit to its row of
-- programme_search_text (about 0.7 µs). This table's primary key carries the bits, so it is read
-- on its own first (an index-only scan, about 0.2 µs a row), and only the rows whose bits hold
-- every search word's are visited. Beside the document the bits would have pushed the rows of
-- programme_search_text over 2 kB, and PostgreSQL would have moved the document out of line
-- (migration V7).
--
-- The bits are derived from the document itself, so the two cannot disagree: bit
-- (31 × first + second) mod 1024 of each word, and 31 × first mod 1024, first and second the
-- code points of its first two characters (a word of one character has only the second).
create function search_word_starts(document tsvector) returns bit(1024) language sql immutable parallel safe as $$
  select ('x' || string_agg(lpad(to_hex(coalesce(bits, 0)), 16, '0'), '' order by slot))::bit(1024)
  from generate_series(0, 15) as slot
  left join (select p >> 6 as slot, bit_or(1::int8 << (p & 63)) as bits
             from (select (ascii(l) * 31 + ascii(substr(l, 2, 1))) & 1023 as p from unnest(tsvector_to_array(document)) as l
                   union all
                   select (ascii(l) * 31) & 1023 from unnest(tsvector_to_array(document)) as l) as positions
             group by 1) as set using (slot)
$$;

create table programme_search_starts (
    programme_id varchar(100) not null,
    word_starts  bit(1024)    not null,
    constraint programme_search_starts_pk primary key (programme_id) include (word_starts),
    constraint programme_search_starts_text_fk foreign key (programme_id) references programme_search_text (programme_id) on delete cascade
);

insert into programme_search_starts (programme_id, word_starts)
select programme_id, search_word_starts(document) from programme_search_text;
