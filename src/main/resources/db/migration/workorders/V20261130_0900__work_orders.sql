-- Work orders (R3, R4, R5.1): the order, its append-only timeline, photos, materials, charges,
-- the per-day number counter, the warranty table and paid-service price list of each community,
-- and return visits.
create table work_order (
    community_id        bigint        not null,
    id                  bigint generated always as identity,
    number              varchar(20)   not null,
    kind                varchar(20)   not null,
    status              varchar(12)   not null,
    unit_id             bigint,
    unit_label          varchar(60),
    location            varchar(200),
    reporter_party_id   bigint,
    reporter_name       varchar(50),
    reporter_phone      varchar(20),
    description         varchar(2000) not null,
    convenient_time     varchar(100),
    immediate           boolean       not null default false,
    appointment_at      timestamptz,
    category            varchar(30),
    warranty            varchar(8)    not null default 'UNKNOWN',
    warranty_until      date,
    leak                boolean       not null default false,
    safety              boolean       not null default false,
    severity            varchar(10),
    complained_party    varchar(200),
    resident_wants      varchar(1000),
    resident_deadline   date,
    answer              varchar(2000),
    result              varchar(2000),
    valid               boolean,
    department_id       bigint,
    technician_id       bigint,
    technician_name     varchar(50),
    hold_reason         varchar(10),
    status_before_hold  varchar(12),
    cancel_reason       varchar(500),
    solution            varchar(2000),
    consent_at          timestamptz,
    arrived_at          timestamptz,
    completed_at        timestamptz,
    leak_test_at        timestamptz,
    confirmation_code   varchar(10),
    signed_by           varchar(50),
    signature_file_id   bigint,
    signed_at           timestamptz,
    inspected_by        varchar(50),
    inspected_at        timestamptz,
    closed_at           timestamptz,
    due_at              timestamptz,
    adjustment          numeric(14, 2) not null default 0,
    adjustment_reason   varchar(500),
    escalation_level    int           not null default 0,
    reopen_count        int           not null default 0,
    source_record_id    bigint,
    request_key         varchar(64),
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    version             int           not null default 0,
    primary key (community_id, id),
    unique (community_id, number),
    unique (community_id, request_key)
);
create index work_order_created_idx on work_order (community_id, created_at);
create index work_order_closed_idx on work_order (community_id, closed_at) where closed_at is not null;
create index work_order_open_idx on work_order (community_id, status) where status not in ('CLOSED', 'CANCELLED');
create index work_order_unit_idx on work_order (community_id, unit_id, created_at desc);
create index work_order_technician_idx on work_order (community_id, technician_id, status);

-- Gap-free numbers per community and day (WO-yyyyMMdd-nnnn): the row is locked until the intake commits.
create table work_order_counter (
    community_id bigint not null,
    day          date   not null,
    last         int    not null,
    primary key (community_id, day)
);

create table work_order_step (
    community_id   bigint       not null,
    id             bigint generated always as identity,
    work_order_id  bigint       not null,
    occurred_at    timestamptz  not null,
    actor_staff_id bigint,
    actor          varchar(100) not null,
    action         varchar(12)  not null,
    from_status    varchar(12),
    to_status      varchar(12)  not null,
    note           varchar(2000),
    primary key (community_id, id),
    foreign key (community_id, work_order_id) references work_order (community_id, id)
);
create index work_order_step_order_idx on work_order_step (community_id, work_order_id, id);
create index work_order_step_action_idx on work_order_step (community_id, action, occurred_at);

create function work_order_step_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'work_order_step is append-only';
end $$;
create trigger work_order_step_no_update before update or delete on work_order_step
    for each row execute function work_order_step_append_only();

create table work_order_photo (
    community_id  bigint       not null,
    work_order_id bigint       not null,
    file_id       bigint       not null,
    filename      varchar(255) not null,
    added_at      timestamptz  not null,
    added_by      varchar(100) not null,
    primary key (community_id, work_order_id, file_id),
    foreign key (community_id, work_order_id) references work_order (community_id, id)
);

create table work_order_material (
    community_id    bigint         not null,
    id              bigint generated always as identity,
    work_order_id   bigint         not null,
    name            varchar(100)   not null,
    quantity        numeric(10, 2) not null,
    source          varchar(10)    not null,
    inspected_ok    boolean        not null,
    inspection_note varchar(500),
    added_at        timestamptz    not null,
    primary key (community_id, id),
    foreign key (community_id, work_order_id) references work_order (community_id, id)
);

create table work_order_charge (
    community_id  bigint         not null,
    id            bigint generated always as identity,
    work_order_id bigint         not null,
    price_code    varchar(30),
    name          varchar(100)   not null,
    unit          varchar(20),
    quantity      numeric(10, 2) not null,
    unit_price    numeric(14, 2) not null,
    amount        numeric(14, 2) not null,
    added_at      timestamptz    not null,
    primary key (community_id, id),
    foreign key (community_id, work_order_id) references work_order (community_id, id)
);

-- 特约服务收费标准: the community's paid-service price list.
create table service_price (
    community_id bigint         not null,
    code         varchar(30)    not null,
    name         varchar(100)   not null,
    unit         varchar(20)    not null,
    price        numeric(14, 2) not null check (price >= 0),
    active       boolean        not null default true,
    version      int            not null default 0,
    primary key (community_id, code)
);

-- Warranty periods by category (R3.5), counted from the unit's handover; null months = design life.
create table warranty_category (
    community_id bigint      not null,
    code         varchar(30) not null,
    name         varchar(100) not null,
    months       int,
    leak         boolean     not null default false,
    safety       boolean     not null default false,
    sort         int         not null default 0,
    primary key (community_id, code)
);

create table return_visit (
    community_id  bigint       not null,
    id            bigint generated always as identity,
    work_order_id bigint       not null,
    round         int          not null,
    due_at        timestamptz  not null,
    done_at       timestamptz,
    done_by       varchar(100),
    method        varchar(10),
    satisfied     boolean,
    score         int check (score between 1 and 5),
    comment       varchar(1000),
    primary key (community_id, id),
    unique (community_id, work_order_id, round),
    foreign key (community_id, work_order_id) references work_order (community_id, id)
);
create index return_visit_due_idx on return_visit (community_id, due_at) where done_at is null;
create index return_visit_done_idx on return_visit (community_id, done_at);
