-- Programme Registry schema. Runs unchanged on H2 (2.x) and PostgreSQL (15).
-- Every child table carries the programme id first in its key, so the schema can later be
-- distributed by programme. Identifiers are unquoted: H2 folds them to upper case and
-- PostgreSQL to lower case, and jOOQ renders them unquoted too.

create table organisation (
    acronym_key      varchar(40)  not null,
    acronym          varchar(40)  not null,
    name             varchar(300) not null,
    type_code        varchar(2)   not null,
    iati_identifier  varchar(200),
    version          bigint       not null,
    constraint organisation_pk primary key (acronym_key)
);
create unique index organisation_iati_identifier on organisation (iati_identifier);

create table office (
    organisation_key varchar(40) not null,
    territory        varchar(2)  not null,
    opened_on        date        not null,
    constraint office_pk primary key (organisation_key, territory),
    constraint office_organisation_fk foreign key (organisation_key) references organisation (acronym_key)
);

create table programme (
    id                     varchar(100)   not null,
    title                  varchar(500)   not null,
    summary                varchar(10000) not null,
    status                 varchar(20)    not null,
    planned_start          date,
    planned_end            date,
    actual_start           date,
    actual_end             date,
    -- the programme period (actual where known, planned otherwise), kept for the "active on" search
    period_start           date,
    period_end             date,
    office_organisation    varchar(40),
    office_territory       varchar(2),
    office_opened_on       date,
    version                bigint         not null,
    constraint programme_pk primary key (id)
);
create index programme_status on programme (status, id);
create index programme_period on programme (period_start, period_end);
create index programme_office_organisation on programme (office_organisation, id);

create table programme_beneficiary (
    programme_id varchar(100) not null,
    territory    varchar(2)   not null,
    seq          int          not null,
    constraint programme_beneficiary_pk primary key (programme_id, territory),
    constraint programme_beneficiary_programme_fk foreign key (programme_id) references programme (id)
);
create index programme_beneficiary_territory on programme_beneficiary (territory, programme_id);

create table programme_contribution (
    programme_id varchar(100)   not null,
    seq          int            not null,
    donor_key    varchar(40)    not null,
    donor        varchar(40)    not null,
    instrument   varchar(300),
    amount       numeric(24, 6),
    currency     varchar(3),
    constraint programme_contribution_pk primary key (programme_id, seq),
    constraint programme_contribution_programme_fk foreign key (programme_id) references programme (id)
);
create index programme_contribution_donor on programme_contribution (donor_key, programme_id);

create table programme_role (
    programme_id     varchar(100) not null,
    organisation_key varchar(40)  not null,
    organisation     varchar(40)  not null,
    role             varchar(20)  not null,
    constraint programme_role_pk primary key (programme_id, organisation_key, role),
    constraint programme_role_programme_fk foreign key (programme_id) references programme (id)
);
create index programme_role_organisation on programme_role (organisation_key, programme_id);

create table programme_module (
    programme_id  varchar(100) not null,
    module_number int          not null,
    name          varchar(200) not null,
    lead_key      varchar(40)  not null,
    lead          varchar(40)  not null,
    constraint programme_module_pk primary key (programme_id, module_number),
    constraint programme_module_programme_fk foreign key (programme_id) references programme (id)
);
create index programme_module_lead on programme_module (lead_key, programme_id);

create table programme_deliverable (
    programme_id       varchar(100) not null,
    deliverable_number int          not null,
    kind               varchar(20)  not null,
    scope              varchar(20)  not null,
    title              varchar(500) not null,
    territory          varchar(2),
    constraint programme_deliverable_pk primary key (programme_id, deliverable_number),
    constraint programme_deliverable_programme_fk foreign key (programme_id) references programme (id)
);

create table programme_sdg_target (
    programme_id varchar(100) not null,
    target       varchar(5)   not null,
    constraint programme_sdg_target_pk primary key (programme_id, target),
    constraint programme_sdg_target_programme_fk foreign key (programme_id) references programme (id)
);

-- the words of each title (see TitleWords), so the free-text search is answered by an index
create table programme_title_word (
    programme_id varchar(100) not null,
    word         varchar(60)  not null,
    constraint programme_title_word_pk primary key (programme_id, word),
    constraint programme_title_word_programme_fk foreign key (programme_id) references programme (id)
);
create index programme_title_word_word on programme_title_word (word, programme_id);

create table event (
    programme_id    varchar(100) not null,
    event_number    int          not null,
    module_number   int,
    kind            varchar(30)  not null,
    title           varchar(500) not null,
    city            varchar(200) not null,
    venue_territory varchar(2)   not null,
    start_date      date         not null,
    end_date        date         not null,
    status          varchar(20)  not null,
    version         bigint       not null,
    constraint event_pk primary key (programme_id, event_number),
    constraint event_programme_fk foreign key (programme_id) references programme (id)
);

create table event_target_group (
    programme_id varchar(100) not null,
    event_number int          not null,
    seq          int          not null,
    target_group varchar(300) not null,
    constraint event_target_group_pk primary key (programme_id, event_number, seq),
    constraint event_target_group_event_fk foreign key (programme_id, event_number) references event (programme_id, event_number)
);

-- seq 0 is the head of the delegation; the delegation's order is the head's row order
create table event_participant (
    programme_id  varchar(100) not null,
    event_number  int          not null,
    territory     varchar(2)   not null,
    seq           int          not null,
    delegation_seq int         not null,
    name          varchar(200) not null,
    position_title varchar(200) not null,
    institution   varchar(300) not null,
    constraint event_participant_pk primary key (programme_id, event_number, territory, seq),
    constraint event_participant_event_fk foreign key (programme_id, event_number) references event (programme_id, event_number)
);

create table event_signature (
    programme_id       varchar(100) not null,
    event_number       int          not null,
    seq                int          not null,
    deliverable_number int          not null,
    territory          varchar(2)   not null,
    constraint event_signature_pk primary key (programme_id, event_number, seq),
    constraint event_signature_event_fk foreign key (programme_id, event_number) references event (programme_id, event_number)
);

-- append-only: the application never updates or deletes a row
create table audit_entry (
    id             bigint generated by default as identity,
    occurred_at    timestamp with time zone not null,
    actor          varchar(200)  not null,
    aggregate_type varchar(20)   not null,
    aggregate_id   varchar(200)  not null,
    programme_id   varchar(100),
    action         varchar(60)   not null,
    detail         varchar(4000) not null,
    constraint audit_entry_pk primary key (id)
);
create index audit_entry_programme on audit_entry (programme_id, id);
