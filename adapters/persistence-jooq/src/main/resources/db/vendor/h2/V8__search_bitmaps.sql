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
-- Locks for the writers of bits, one per stripe of chunks (chunk mod 64): a transaction locks the
-- stripes of the chunks it writes, in ascending order, before any row of bits. Writers of new
-- programmes meet on the newest chunk's rows, and with rows locked in key order alone 8
-- concurrent creators still deadlocked now and then (SearchBitmapsTest); one global lock made
-- the write benchmark's 8 callers, each in chunks of its own, queue (78 % of the floor).
create table programme_search_bits_lock (
    stripe integer not null,
    constraint programme_search_bits_lock_pk primary key (stripe)
);
insert into programme_search_bits_lock (stripe) select x from system_range(0, 63);
