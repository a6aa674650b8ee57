-- Renovation (二次装修, R9): a community's working hours and fees, the application with its
-- documents and the contractor's workers, the permit, and the history of every renovation
-- record (append-only). Every table is keyed by its community first (decision 0002); foreign
-- keys stay inside the module (units, parties, ledger lines, deposits and files of other modules
-- are kept by id only).

-- Working hours (R9.4, seed 000: 上午 08:00–12:00, 下午 14:00–18:00), the garbage-removal fee and
-- the deposit asked at the permit (R9.3), the longest permit. A community without a row has the
-- defaults.
create table renovation_settings (
    community_id    bigint        not null primary key,
    morning_start   time          not null,
    morning_end     time          not null,
    afternoon_start time          not null,
    afternoon_end   time          not null,
    garbage_fee     numeric(14,2) not null check (garbage_fee >= 0),
    deposit         numeric(14,2) not null check (deposit >= 0),
    max_permit_days int           not null check (max_permit_days between 1 and 366),
    version         int           not null default 0,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)  not null,
    check (morning_start < morning_end and morning_end <= afternoon_start and afternoon_start < afternoon_end)
);

-- Numbers handed out per community, kind (permit, worker pass, goods pass) and period.
create table renovation_number (
    community_id bigint      not null,
    kind         varchar(8)  not null,
    period       varchar(8)  not null,
    last         int         not null,
    primary key (community_id, kind, period)
);

create table renovation (
    community_id        bigint        not null,
    id                  bigint generated always as identity,
    unit_id             bigint        not null,
    unit_label          varchar(60)   not null,
    status              varchar(12)   not null,
    applicant_kind      varchar(8)    not null,
    owner_party_id      bigint,
    owner_name          varchar(100)  not null,
    applicant_phone     varchar(20),
    proxy_name          varchar(50),
    proxy_id_card_enc   bytea,
    proxy_id_card_tail  varchar(4),
    items               varchar(1000) not null,
    structural          boolean       not null,
    contractor_name     varchar(100)  not null,
    contractor_leader   varchar(50),
    contractor_phone    varchar(20),
    planned_start       date          not null,
    planned_end         date          not null,
    approval_checked_by varchar(100),
    approval_checked_at timestamptz,
    permit_number       varchar(20),
    permit_from         date,
    permit_until        date,
    permitted_by        varchar(100),
    permitted_at        timestamptz,
    garbage_fee         numeric(14,2),
    garbage_line_id     bigint,
    deposit_amount      numeric(14,2),
    deposit_id          bigint,
    previous_unit_state varchar(12),
    accepted_by         varchar(100),
    accepted_at         timestamptz,
    refund_deduction    numeric(14,2),
    refund_reason       varchar(200),
    refund_requested_at timestamptz,
    closed_at           timestamptz,
    applied_by          varchar(100)  not null,
    applied_at          timestamptz   not null,
    request_key         varchar(64),
    version             int           not null default 0,
    primary key (community_id, id),
    unique (community_id, permit_number),
    unique (community_id, request_key),
    check (applicant_kind <> 'PROXY' or (proxy_name is not null and proxy_id_card_enc is not null)),
    check (planned_start <= planned_end)
);
-- One renovation being applied for or under way per unit.
create unique index renovation_one_open_per_unit on renovation (community_id, unit_id)
    where status in ('APPLIED', 'PERMITTED');
create index renovation_status_idx on renovation (community_id, status, id desc);

-- The papers of an application (drawings, the signed agreement and pledge, the proxy's
-- authorisation and ID, the housing authority's approval) and the photos of its acceptance.
-- Files are kept through the platform's FileStorage; rows are never changed.
create table renovation_document (
    community_id  bigint       not null,
    id            bigint generated always as identity,
    renovation_id bigint       not null,
    kind          varchar(24)  not null,
    title         varchar(100) not null,
    file_id       bigint       not null,
    filename      varchar(255) not null,
    content_type  varchar(40)  not null,
    size          bigint       not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   varchar(100) not null,
    primary key (community_id, id),
    foreign key (community_id, renovation_id) references renovation (community_id, id)
);
create index renovation_document_idx on renovation_document (community_id, renovation_id, id);

-- The contractor's workers named in the application (or added while the permit runs).
create table renovation_worker (
    community_id bigint      not null,
    id           bigint generated always as identity,
    renovation_id bigint     not null,
    name         varchar(50) not null,
    id_card_enc  bytea       not null,
    id_card_tail varchar(4)  not null,
    phone        varchar(20),
    added_at     timestamptz not null,
    added_by     varchar(100) not null,
    primary key (community_id, id),
    foreign key (community_id, renovation_id) references renovation (community_id, id)
);
create index renovation_worker_idx on renovation_worker (community_id, renovation_id, id);

-- The history of every record of the module with a status: the step, from which state to which.
create table renovation_history (
    community_id bigint       not null,
    id           bigint generated always as identity,
    record_kind  varchar(16)  not null,
    record_id    bigint       not null,
    occurred_at  timestamptz  not null,
    actor        varchar(100) not null,
    action       varchar(20)  not null,
    from_status  varchar(12),
    to_status    varchar(12)  not null,
    note         varchar(500),
    primary key (community_id, id)
);
create index renovation_history_record on renovation_history (community_id, record_kind, record_id, id);

create function renovation_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'renovation_history is append-only';
end $$;
create trigger renovation_history_no_update before update or delete on renovation_history
    for each row execute function renovation_history_append_only();
