-- Platform tables: extensions, audit log, stored files, console sessions, persisted domain events.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;

create table audit_log (
    id           bigint generated always as identity primary key,
    community_id bigint,
    occurred_at  timestamptz not null,
    actor        varchar(100) not null,
    entity_type  varchar(60)  not null,
    entity_id    varchar(60)  not null,
    action       varchar(60)  not null,
    detail       text
);
create index audit_log_community_idx on audit_log (community_id, id desc);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);

-- The audit log is append-only: history must not be rewritten.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();

create table stored_file (
    id           bigint generated always as identity,
    community_id bigint       not null,
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size         bigint       not null,
    content      bytea        not null,
    stored_at    timestamptz  not null,
    primary key (community_id, id)
);

-- Spring Session JDBC: console sessions shared by every instance.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint   not null,
    last_access_time      bigint   not null,
    max_inactive_interval int      not null,
    expiry_time           bigint   not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Spring Modulith's event publication registry (schema v2): no domain event is lost on a crash.
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
