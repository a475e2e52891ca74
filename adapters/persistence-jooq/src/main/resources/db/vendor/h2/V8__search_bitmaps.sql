-- H2: a bitmap index for several frequent criteria together (issue 14, SearchBitmaps). Each
-- programme gets a number; programme_search_bits holds, per criterion (a territory, a donor, an
-- organisation, a year of activity, a word, a word of the title) and per chunk of 1,024 numbers,
-- one bit per programme. A search with several criteria ANDs their bitmaps; the bits are exact,
-- so only the status and the day are tested on the programmes left. The criteria other than
-- words that a programme's bits hold are kept beside its number, so that a change clears the
-- bits it no longer has. Filled for existing programmes by V8_1.
create sequence programme_search_number_seq start with 0 minvalue 0;
create table programme_search_number (
    programme_id varchar(100)      not null,
    number       integer           not null,
    criteria     character varying not null,
    constraint programme_search_number_pk primary key (programme_id),
    constraint programme_search_number_number unique (number),
    constraint programme_search_number_programme_fk foreign key (programme_id) references programme (id)
);
-- numbers to ids on the index alone (H2 has no INCLUDE): a search maps its few hundred numbers to ids
create index programme_search_number_id on programme_search_number (number, programme_id);
create table programme_search_bits (
    criterion varchar(120) not null,
    chunk     integer      not null,
    bits      binary(128)  not null,
    constraint programme_search_bits_pk primary key (criterion, chunk)
);
