-- Move-in (入伙, R8; seed 002 "为业主办理入住服务规程" ①–⑦): the case of a unit's new owner — documents by
-- applicant kind, registration form, agreements, items handed out, fees, requests noted — and the
-- house acceptance (房屋质量验收登记表) of rooms × items with its defects turned into work orders, the
-- base readings and the owner's signature on the second acceptance. Units, parties, archive
-- documents, keys and work orders belong to other modules: referenced by id only.
create table movein_case (
    community_id         bigint        not null,
    id                   bigint generated always as identity,
    unit_id              bigint        not null,
    unit_label           varchar(60)   not null,
    applicant_kind       varchar(10)   not null,
    owner_party_id       bigint        not null,
    owner_name           varchar(100)  not null,
    proxy_party_id       bigint,
    proxy_name           varchar(100),
    status               varchar(12)   not null,
    opened_at            timestamptz   not null,
    opened_by            varchar(100)  not null,
    documents_checked_at timestamptz,
    registered_at        timestamptz,
    emergency_name       varchar(50),
    emergency_phone      varchar(20),
    emergency_relation   varchar(20),
    household_note       varchar(300),
    agreements           text[],
    agreements_at        timestamptz,
    handed_out_at        timestamptz,
    resident_handbook    boolean,
    renovation_handbook  boolean,
    fees_settled_at      timestamptz,
    fees_deferred_reason varchar(200),
    requests             varchar(500),
    acceptance_id        bigint,
    accepted_at          timestamptz,
    custody_id           bigint,
    completed_at         timestamptz,
    handover_date        date,
    final_state          varchar(12),
    cancelled_at         timestamptz,
    cancel_reason        varchar(200),
    version              int           not null default 0,
    primary key (community_id, id)
);
-- One case at a time per unit.
create unique index movein_case_open_uk on movein_case (community_id, unit_id) where status in ('OPENED', 'IN_PROGRESS');
create index movein_case_status_idx on movein_case (community_id, status, id);

create table movein_document (
    community_id bigint       not null,
    case_id      bigint       not null,
    document_id  bigint       not null,
    doc_type     varchar(30)  not null,
    primary key (community_id, case_id, document_id),
    foreign key (community_id, case_id) references movein_case (community_id, id)
);

create table movein_handout (
    community_id bigint       not null,
    case_id      bigint       not null,
    item_id      bigint       not null,
    kind         varchar(20)  not null,
    number       varchar(30)  not null,
    primary key (community_id, case_id, item_id),
    foreign key (community_id, case_id) references movein_case (community_id, id)
);

create table movein_step (
    community_id bigint        not null,
    id           bigint generated always as identity,
    case_id      bigint        not null,
    occurred_at  timestamptz   not null,
    actor        varchar(100)  not null,
    action       varchar(20)   not null,
    note         varchar(500),
    primary key (community_id, id),
    foreign key (community_id, case_id) references movein_case (community_id, id)
);
create index movein_step_case_idx on movein_step (community_id, case_id, id);

create table acceptance (
    community_id       bigint        not null,
    id                 bigint generated always as identity,
    case_id            bigint        not null,
    unit_id            bigint        not null,
    unit_label         varchar(60)   not null,
    status             varchar(16)   not null,
    round              int           not null,
    template_id        bigint        not null,
    water_code         varchar(30),
    water_reading      numeric(12,2),
    electricity_code   varchar(30),
    electricity_reading numeric(12,2),
    gas_code           varchar(30),
    gas_reading        numeric(12,2),
    readings_owner     varchar(50),
    readings_at        timestamptz,
    recheck_at         timestamptz,
    signed_by          varchar(50),
    signature_file_id  bigint,
    signed_at          timestamptz,
    started_at         timestamptz   not null,
    started_by         varchar(100)  not null,
    version            int           not null default 0,
    primary key (community_id, id),
    foreign key (community_id, case_id) references movein_case (community_id, id)
);
create unique index acceptance_case_uk on acceptance (community_id, case_id);

-- The sheet: one row per room and item; a failed item is a defect, with its work order and
-- the round it was re-checked in.
create table acceptance_item (
    community_id      bigint        not null,
    acceptance_id     bigint        not null,
    room              varchar(20)   not null,
    position          int           not null,
    text              varchar(100)  not null,
    outcome           varchar(16),
    note              varchar(300),
    photo_file_ids    bigint[]      not null default '{}',
    found_round       int,
    work_order_id     bigint,
    work_order_number varchar(20),
    fixed_at          timestamptz,
    recheck           varchar(8),
    primary key (community_id, acceptance_id, room, position),
    foreign key (community_id, acceptance_id) references acceptance (community_id, id)
);
create index acceptance_item_order_idx on acceptance_item (community_id, work_order_id) where work_order_id is not null;

create table acceptance_step (
    community_id  bigint        not null,
    id            bigint generated always as identity,
    acceptance_id bigint        not null,
    occurred_at   timestamptz   not null,
    actor         varchar(100)  not null,
    action        varchar(20)   not null,
    note          varchar(500),
    primary key (community_id, id),
    foreign key (community_id, acceptance_id) references acceptance (community_id, id)
);

create function movein_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger movein_step_append_only before update or delete on movein_step
    for each row execute function movein_append_only();
create trigger acceptance_step_append_only before update or delete on acceptance_step
    for each row execute function movein_append_only();
