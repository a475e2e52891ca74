-- Programme identifiers are unique regardless of case (rule P1) and found in any case; the
-- identifier keeps its spelling in programme.id, which the child tables reference, and its
-- key (the identifier in capitals, ProgrammeId.key) is what lookups and uniqueness use.
-- Runs unchanged on H2 (2.x) and PostgreSQL (15), and needs nothing of V2.
-- A database that already holds two programmes whose identifiers differ only in case stops
-- here, at the unique index: the user guide says how to resolve that.

alter table programme add column id_key varchar(100);
update programme set id_key = upper(id);
alter table programme alter column id_key set not null;
create unique index programme_id_key on programme (id_key);
