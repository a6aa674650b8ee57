-- The car park (R12, R1.2; issue 14): tariffs, parking cards, stays (entry to exit), the fees
-- taken at the exit with their receipts, held vehicles with their documents, the shift handover
-- log, plate-recognition cameras and what they saw, and the monthly space check. Units, parking
-- spaces, vehicles and receipts belong to other modules and are referenced by id only (never a
-- foreign key to another module's table).

-- The tariff in force from a moment on (new rows, never updated): the numbers are the company's,
-- approved by the price authority under the document named in approval_reference (seed 000:
-- 中价〔20**〕65号《中山市机动车停放服务收费管理规定》).
create table parking_tariff (
    community_id         bigint        not null,
    id                   bigint generated always as identity,
    effective_from       timestamptz   not null,
    free_minutes         int           not null check (free_minutes >= 0),
    first_period_minutes int           not null check (first_period_minutes > 0),
    first_period_fee     numeric(14,2) not null check (first_period_fee >= 0),
    period_minutes       int           not null check (period_minutes > 0),
    period_fee           numeric(14,2) not null check (period_fee >= 0),
    daily_cap            numeric(14,2) check (daily_cap >= 0),
    night_start          time,
    night_end            time,
    night_period_fee     numeric(14,2) check (night_period_fee >= 0),
    monthly_card_fee     numeric(14,2) not null check (monthly_card_fee >= 0),
    approval_reference   varchar(200)  not null,
    created_by           varchar(100)  not null,
    created_at           timestamptz   not null,
    primary key (community_id, id),
    check ((night_start is null) = (night_end is null) and (night_start is null) = (night_period_fee is null))
);
create index parking_tariff_from on parking_tariff (community_id, effective_from desc);

-- The history of every car-park record with a status, appended and never changed.
create table carpark_history (
    community_id bigint       not null,
    id           bigint generated always as identity,
    subject      varchar(12)  not null,
    subject_id   bigint       not null,
    occurred_at  timestamptz  not null,
    actor        varchar(100) not null,
    action       varchar(20)  not null,
    from_status  varchar(12),
    to_status    varchar(12)  not null,
    note         varchar(300),
    primary key (community_id, id)
);
create index carpark_history_subject on carpark_history (community_id, subject, subject_id);

create function carpark_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger carpark_history_append_only before update or delete on carpark_history
    for each row execute function carpark_append_only();

-- Monthly (月卡) and fixed-space (固定车位) cards per plate (R12.2, R8.6).
create table parking_card (
    community_id     bigint       not null,
    id               bigint generated always as identity,
    number           varchar(20)  not null,
    kind             varchar(12)  not null,
    plate            varchar(10)  not null,
    holder_name      varchar(50)  not null,
    unit_id          bigint,
    unit_label       varchar(40),
    space_id         bigint,
    space_code       varchar(20),
    valid_from       date         not null,
    valid_to         date         not null,
    status           varchar(10)  not null,
    cancelled_reason varchar(200),
    request_key      varchar(80),
    created_at       timestamptz  not null,
    version          int          not null default 0,
    primary key (community_id, id),
    unique (community_id, number),
    unique (community_id, request_key),
    check (valid_to >= valid_from),
    check (kind <> 'FIXED_SPACE' or (space_id is not null and unit_id is not null))
);
create index parking_card_plate on parking_card (community_id, plate);
create index parking_card_space on parking_card (community_id, space_id) where space_id is not null;

-- A vehicle's stay: entry (R12.1), exit with its fee or free reason (R12.1, R12.2), a hold
-- (R12.3), an incident (R12.5). A plate is inside at most once: the partial unique index holds
-- even when two gates enter it at the same moment.
create table parking_stay (
    community_id   bigint        not null,
    id             bigint generated always as identity,
    plate          varchar(10)   not null,
    status         varchar(12)   not null,
    pass_number    varchar(20),
    entered_at     timestamptz   not null,
    entry_source   varchar(8)    not null,
    entered_by     varchar(100)  not null,
    goods_checked  boolean       not null,
    damage_note    varchar(200),
    damage_told    boolean       not null default false,
    entry_card_id  bigint,
    exited_at      timestamptz,
    exited_by      varchar(100),
    fee            numeric(14,2),
    free_reason    varchar(12),
    free_note      varchar(200),
    approved_by    varchar(50),
    card_id        bigint,
    driver_checked boolean,
    pass_returned  boolean,
    exit_key       varchar(80),
    incident_note  varchar(300),
    version        int           not null default 0,
    primary key (community_id, id)
);
create unique index parking_stay_inside_once on parking_stay (community_id, plate) where status in ('INSIDE', 'HELD');
create index parking_stay_entered on parking_stay (community_id, entered_at);
create index parking_stay_exited on parking_stay (community_id, exited_at) where exited_at is not null;

-- The fees the car park took, each with the cashier's gap-free receipt (referenced by id).
create table parking_fee (
    community_id   bigint        not null,
    id             bigint generated always as identity,
    kind           varchar(8)    not null,
    stay_id        bigint,
    card_id        bigint,
    plate          varchar(10)   not null,
    amount         numeric(14,2) not null check (amount > 0),
    method         varchar(10)   not null,
    tendered       numeric(14,2) not null,
    change_given   numeric(14,2) not null,
    receipt_id     bigint        not null,
    receipt_number varchar(20)   not null,
    paid_at        timestamptz   not null,
    taken_by       varchar(100)  not null,
    voided         boolean       not null default false,
    primary key (community_id, id),
    unique (community_id, receipt_id),
    foreign key (community_id, stay_id) references parking_stay (community_id, id),
    foreign key (community_id, card_id) references parking_card (community_id, id)
);
create index parking_fee_paid on parking_fee (community_id, paid_at);

-- A held vehicle (R12.3): the shift lead checks the owner's documents, keeps copies and a signed
-- statement, and releases it after the fee; or records it forced out or abandoned (R12.5).
create table held_vehicle (
    community_id     bigint        not null,
    id               bigint generated always as identity,
    stay_id          bigint        not null,
    plate            varchar(10)   not null,
    reason           varchar(16)   not null,
    note             varchar(200),
    status           varchar(12)   not null,
    held_at          timestamptz   not null,
    held_by          varchar(100)  not null,
    police_called_at timestamptz,
    police_note      varchar(200),
    owner_name       varchar(50),
    released_at      timestamptz,
    released_by      varchar(100),
    fee              numeric(14,2),
    receipt_number   varchar(20),
    incident_note    varchar(300),
    version          int           not null default 0,
    primary key (community_id, id),
    foreign key (community_id, stay_id) references parking_stay (community_id, id)
);
create unique index held_vehicle_open_once on held_vehicle (community_id, stay_id) where status = 'HELD';
create index held_vehicle_held_at on held_vehicle (community_id, held_at);

create table held_vehicle_document (
    community_id bigint       not null,
    id           bigint generated always as identity,
    held_id      bigint       not null,
    kind         varchar(16)  not null,
    file_id      bigint       not null,
    filename     varchar(200) not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null,
    primary key (community_id, id),
    foreign key (community_id, held_id) references held_vehicle (community_id, id)
);
create index held_vehicle_document_held on held_vehicle_document (community_id, held_id);

-- The shift handover log (停车场值班交接班登记表, seed 001 form FM-RW528, R12.4): one open per
-- community; at the close the shift's receipts are counted and kept beside what was declared.
create table shift_log (
    community_id    bigint        not null,
    id              bigint generated always as identity,
    number          varchar(20)   not null,
    shift_name      varchar(20)   not null,
    post            varchar(30)   not null,
    status          varchar(8)    not null,
    opened_at       timestamptz   not null,
    opened_by       varchar(100)  not null,
    handed_over_by  varchar(50),
    taken_over_by   varchar(50),
    events          varchar(2000),
    radios          int,
    keys            int,
    batons          int,
    torches         int,
    fees            numeric(14,2),
    tickets         int,
    notes           varchar(500),
    closed_at       timestamptz,
    closed_by       varchar(100),
    receipts_total  numeric(14,2),
    receipts_count  int,
    signed_by       varchar(100),
    signed_name     varchar(50),
    signed_at       timestamptz,
    version         int           not null default 0,
    primary key (community_id, id),
    unique (community_id, number)
);
create unique index shift_log_one_open on shift_log (community_id) where status = 'OPEN';

-- Plate-recognition cameras: each authenticates with its own token, kept as a SHA-256 hash.
-- The token identifies the camera before its community is known, hence the global index.
create table parking_camera (
    community_id   bigint       not null,
    id             bigint generated always as identity,
    code           varchar(30)  not null,
    name           varchar(50)  not null,
    direction      varchar(5)   not null,
    token_hash     char(64)     not null,
    min_confidence numeric(3,2) not null,
    enabled        boolean      not null default true,
    created_at     timestamptz  not null,
    version        int          not null default 0,
    primary key (community_id, id),
    unique (community_id, code)
);
create unique index parking_camera_token on parking_camera (token_hash);

-- What a camera saw: applied at once, or waiting for the guard to confirm a low-confidence plate.
create table camera_sighting (
    community_id  bigint       not null,
    id            bigint generated always as identity,
    camera_id     bigint       not null,
    direction     varchar(5)   not null,
    plate         varchar(10)  not null,
    captured_at   timestamptz  not null,
    confidence    numeric(4,3) not null,
    image_file_id bigint,
    status        varchar(10)  not null,
    outcome       varchar(16)  not null,
    stay_id       bigint,
    received_at   timestamptz  not null,
    resolved_by   varchar(100),
    resolved_at   timestamptz,
    version       int          not null default 0,
    primary key (community_id, id),
    unique (community_id, camera_id, captured_at, plate),
    foreign key (community_id, camera_id) references parking_camera (community_id, id)
);
create index camera_sighting_pending on camera_sighting (community_id, received_at) where status = 'PENDING';

-- The monthly space check (R1.2): what did not match, to be resolved.
create table space_check_finding (
    community_id bigint       not null,
    id           bigint generated always as identity,
    month        date         not null,
    kind         varchar(28)  not null,
    subject      varchar(60)  not null,
    space_id     bigint,
    unit_id      bigint,
    detail       varchar(300) not null,
    status       varchar(10)  not null,
    found_at     timestamptz  not null,
    resolved_by  varchar(100),
    resolved_at  timestamptz,
    resolution   varchar(200),
    version      int          not null default 0,
    primary key (community_id, id),
    unique (community_id, month, kind, subject)
);
