-- A unit's archive in owners' sections (R1.4: "房屋产权人转让后及时对档案进行更新" — a change of
-- ownership starts the new owner's section and keeps the old one), and forms kept as pages of the
-- module that made them (registration form, acceptance sheet, key receipt, custody checks) beside
-- the scanned files, each filed once (source_key).
create table archive_section (
    community_id bigint       not null,
    id           bigint generated always as identity,
    unit_id      bigint       not null,
    number       int          not null,
    owner_ids    bigint[]     not null,
    owners       varchar(300) not null,
    opened_on    date         not null,
    closed_on    date,
    primary key (community_id, id),
    unique (community_id, unit_id, number),
    check (closed_on is null or closed_on >= opened_on)
);
create unique index archive_section_open_uk on archive_section (community_id, unit_id) where closed_on is null;

alter table unit_document add column section_id bigint;
alter table unit_document add column link varchar(300);
alter table unit_document add column source_key varchar(120);
alter table unit_document alter column file_id drop not null;
alter table unit_document alter column content_type drop not null;
alter table unit_document add foreign key (community_id, section_id) references archive_section (community_id, id);
alter table unit_document add check (file_id is not null or link is not null);
create unique index unit_document_source_uk on unit_document (community_id, source_key) where source_key is not null;
