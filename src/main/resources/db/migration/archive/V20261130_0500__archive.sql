-- The archive of a unit (业户档案, R1.4) and its events log (单元大事记, R1.5). Both are
-- append-only: what happened to a unit and what was handed in is never rewritten. Units live in
-- the estate module and files in the platform's stored_file: both are referenced by id only.
create table unit_event (
    community_id bigint        not null,
    id           bigint generated always as identity,
    unit_id      bigint        not null,
    occurred_on  date          not null,
    kind         varchar(30)   not null,
    args         text[]        not null default '{}',
    note         varchar(500),
    actor        varchar(100)  not null,
    source_key   varchar(120),
    recorded_at  timestamptz   not null,
    primary key (community_id, id)
);
create index unit_event_unit_idx on unit_event (community_id, unit_id, occurred_on, id);
-- An event delivered twice (the publication registry resubmits after a crash) is logged once.
create unique index unit_event_source_uk on unit_event (community_id, source_key) where source_key is not null;

create table unit_document (
    community_id bigint       not null,
    id           bigint generated always as identity,
    unit_id      bigint       not null,
    doc_type     varchar(30)  not null,
    title        varchar(100) not null,
    file_id      bigint       not null,
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size         bigint       not null,
    uploaded_at  timestamptz  not null,
    uploaded_by  varchar(100) not null,
    primary key (community_id, id)
);
create index unit_document_unit_idx on unit_document (community_id, unit_id, id);

create function archive_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger unit_event_append_only before update or delete on unit_event
    for each row execute function archive_append_only();
create trigger unit_document_append_only before update or delete on unit_document
    for each row execute function archive_append_only();
