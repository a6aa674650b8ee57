-- The front desk's reception log (R2): every visit and call, record → handle → reply → archive.
create table reception_record (
    community_id      bigint        not null,
    id                bigint generated always as identity,
    channel           varchar(10)   not null,
    status            varchar(10)   not null,
    party_id          bigint,
    caller_name       varchar(50),
    caller_phone      varchar(20),
    unit_id           bigint,
    unit_label        varchar(60),
    question          varchar(2000) not null,
    result            varchar(2000),
    handler           varchar(50),
    agreed_reply_at   timestamptz,
    reply             varchar(2000),
    replied_at        timestamptz,
    archived_at       timestamptz,
    work_order_id     bigint,
    work_order_number varchar(20),
    agent             varchar(100)  not null,
    agent_staff_id    bigint,
    request_key       varchar(64),
    created_at        timestamptz   not null,
    version           int           not null default 0,
    primary key (community_id, id),
    unique (community_id, request_key)
);
create index reception_record_created_idx on reception_record (community_id, created_at desc);
create index reception_record_queue_idx on reception_record (community_id, agreed_reply_at) where status = 'HANDLING';
create index reception_record_order_idx on reception_record (community_id, work_order_id) where work_order_id is not null;
create index reception_record_unit_idx on reception_record (community_id, unit_id, created_at desc);

create table reception_step (
    community_id bigint       not null,
    id           bigint generated always as identity,
    record_id    bigint       not null,
    occurred_at  timestamptz  not null,
    actor        varchar(100) not null,
    action       varchar(10)  not null,
    note         varchar(2000),
    primary key (community_id, id),
    foreign key (community_id, record_id) references reception_record (community_id, id)
);
create function reception_step_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'reception_step is append-only';
end $$;
create trigger reception_step_no_update before update or delete on reception_step
    for each row execute function reception_step_append_only();
