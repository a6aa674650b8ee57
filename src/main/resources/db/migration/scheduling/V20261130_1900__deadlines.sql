-- Deadlines (R2.2, R3.2, R4.2, R5.1): clocks on other modules' work, per-community rules and
-- business-hours calendars, and db-scheduler's table for the check that runs once across instances.
create table deadline (
    community_id         bigint      not null,
    id                   bigint generated always as identity,
    subject_type         varchar(30) not null,
    subject_id           bigint      not null,
    kind                 varchar(20) not null,
    rule_key             varchar(60) not null,
    level                int         not null default 0,
    started_at           timestamptz not null,
    due_at               timestamptz not null,
    warn_at              timestamptz not null,
    state                varchar(12) not null,
    paused_at            timestamptz,
    paused_total_seconds bigint      not null default 0,
    warned_at            timestamptz,
    breached_at          timestamptz,
    met_at               timestamptz,
    responsible_staff_id bigint,
    primary key (community_id, id)
);
create index deadline_subject_idx on deadline (community_id, subject_type, subject_id);
create index deadline_running_due_idx on deadline (due_at) where state = 'RUNNING';
create index deadline_running_warn_idx on deadline (warn_at) where state = 'RUNNING' and warned_at is null;

create table deadline_rule (
    community_id    bigint      not null,
    rule_key        varchar(60) not null,
    allowed_minutes bigint      not null,
    end_of_day      boolean     not null default false,
    mode            varchar(10) not null default 'CALENDAR',
    warn_share      numeric(4, 3) not null default 0.8,
    primary key (community_id, rule_key)
);

create table business_hours (
    community_id bigint not null primary key,
    opens        time   not null,
    closes       time   not null
);

create table calendar_day (
    community_id bigint      not null,
    day          date        not null,
    kind         varchar(10) not null,
    name         varchar(50),
    primary key (community_id, day)
);

-- db-scheduler (https://github.com/kagkarlsson/db-scheduler), PostgreSQL schema.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
