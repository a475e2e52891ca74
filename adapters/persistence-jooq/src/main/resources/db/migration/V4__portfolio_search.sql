-- Portfolio search (issue 14). Runs unchanged on H2 (2.x) and PostgreSQL (15); what each store
-- adds to search it fast is under db/vendor/<h2|postgresql>/V4_1, and V4_2 (a Java migration,
-- V4_2__Fill_search_index) fills these tables for the programmes already stored.

-- What a text search looks at, as SearchText normalises it (lower case, accents stripped):
-- the title's words, and those of the summary, module names, deliverable and event titles.
-- Kept current by the adapter in the transaction that writes the programme or its events.
create table programme_search_text (
    programme_id varchar(100)     not null,
    title_words  varchar(1000)    not null,
    other_words  varchar(1000000) not null,
    constraint programme_search_text_pk primary key (programme_id),
    constraint programme_search_text_programme_fk foreign key (programme_id) references programme (id)
);

-- Every organisation a programme names in any role (a partner role, a donor, a module lead,
-- the coordinating office): "organisation in any role" is one index range, not a union.
create table programme_organisation (
    programme_id     varchar(100) not null,
    organisation_key varchar(40)  not null,
    constraint programme_organisation_pk primary key (programme_id, organisation_key),
    constraint programme_organisation_programme_fk foreign key (programme_id) references programme (id)
);
create index programme_organisation_organisation on programme_organisation (organisation_key, programme_id);

-- the title words table of V1 searched titles only; programme_search_text replaces it
drop table programme_title_word;
