-- H2: the words of programme_search_text, one row each, so a word prefix is an index range
-- (word, programme_id); in_title marks the title's words, which rank a programme first.
create table programme_search_word (
    programme_id varchar(100) not null,
    word         varchar(60)  not null,
    in_title     boolean      not null,
    constraint programme_search_word_pk primary key (programme_id, word),
    constraint programme_search_word_programme_fk foreign key (programme_id) references programme (id)
);
create index programme_search_word_word on programme_search_word (word, programme_id);
