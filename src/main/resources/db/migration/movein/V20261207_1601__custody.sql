-- Custody (托管, R8.4; seed 002 "托管"): the agreement of a vacant unit kept by the management — its
-- period and the keys held — the meter excesses flagged on it (R7.2: at most 5 m³ water and 20 kWh),
-- and the outside checks it gets through the inspection engine, weekly and before and after heavy
-- rain ("每周及大雨前后"). Rounds, readings and units belong to other modules: referenced by id only.
create table custody_agreement (
    community_id bigint        not null,
    id           bigint generated always as identity,
    unit_id      bigint        not null,
    unit_label   varchar(60)   not null,
    case_id      bigint,
    owner_name   varchar(100)  not null,
    valid_from   date          not null,
    valid_until  date,
    keys_held    varchar(300)  not null,
    status       varchar(10)   not null,
    signed_at    timestamptz   not null,
    signed_by    varchar(100)  not null,
    ended_at     timestamptz,
    end_reason   varchar(200),
    version      int           not null default 0,
    primary key (community_id, id),
    foreign key (community_id, case_id) references movein_case (community_id, id)
);
-- One agreement in force per unit.
create unique index custody_agreement_active_uk on custody_agreement (community_id, unit_id) where status = 'ACTIVE';

create table custody_step (
    community_id bigint        not null,
    id           bigint generated always as identity,
    agreement_id bigint        not null,
    occurred_at  timestamptz   not null,
    actor        varchar(100)  not null,
    action       varchar(20)   not null,
    note         varchar(500),
    primary key (community_id, id),
    foreign key (community_id, agreement_id) references custody_agreement (community_id, id)
);
create trigger custody_step_append_only before update or delete on custody_step
    for each row execute function movein_append_only();

-- A held reading of a custodial unit above its limit; one row per reading (a second delivery of
-- the same event adds nothing); cleared with a note once explained.
create table custody_excess (
    community_id bigint        not null,
    id           bigint generated always as identity,
    agreement_id bigint        not null,
    reading_id   bigint        not null,
    meter_code   varchar(30)   not null,
    flagged_at   timestamptz   not null,
    cleared_at   timestamptz,
    cleared_by   varchar(100),
    clear_note   varchar(200),
    primary key (community_id, id),
    unique (community_id, reading_id),
    foreign key (community_id, agreement_id) references custody_agreement (community_id, id)
);

-- A butler's "before / after heavy rain" order for every custodial unit of the community.
create table custody_rain_order (
    community_id bigint        not null,
    id           bigint generated always as identity,
    occasion     varchar(12)   not null,
    ordered_at   timestamptz   not null,
    ordered_by   varchar(100)  not null,
    units        int           not null,
    primary key (community_id, id)
);
