-- Meters and readings (R7): unit and public water and electricity meters, monthly readings,
-- base readings at move-in, and readings held back for an engineering re-check.

create table meter_settings (
    community_id                bigint        not null primary key,
    spike_factor                numeric(6,2)  not null default 3,
    history_months              int           not null default 6,
    custodial_water_limit       numeric(10,2) not null default 5,
    custodial_electricity_limit numeric(10,2) not null default 20,
    version                     int           not null default 0
);

-- unit_id set: the unit's own meter; otherwise a public meter of a building (building_id) or of
-- the whole community, whose consumption is shared by area (公摊).
create table meter (
    community_id bigint       not null,
    id           bigint generated always as identity,
    kind         varchar(12)  not null,
    code         varchar(30)  not null,
    unit_id      bigint,
    building_id  bigint,
    created_at   timestamptz  not null,
    primary key (community_id, id),
    unique (community_id, code)
);
create index meter_unit_idx on meter (community_id, unit_id);

create table meter_reading (
    community_id     bigint        not null,
    id               bigint generated always as identity,
    meter_id         bigint        not null,
    kind             varchar(8)    not null,
    period           date,
    reading          numeric(12,2) not null check (reading >= 0),
    previous         numeric(12,2),
    consumption      numeric(12,2),
    replaced_final   numeric(12,2),
    replaced_initial numeric(12,2),
    status           varchar(12)   not null,
    hold_reason      varchar(24),
    read_on          date          not null,
    source           varchar(8)    not null,
    owner_confirmed  varchar(50),
    note             varchar(200),
    entered_by       varchar(100)  not null,
    created_at       timestamptz   not null,
    version          int           not null default 0,
    primary key (community_id, id),
    foreign key (community_id, meter_id) references meter (community_id, id)
);
create unique index meter_reading_period_key on meter_reading (community_id, meter_id, period)
    where kind = 'REGULAR' and status <> 'SUPERSEDED';
create unique index meter_reading_base_key on meter_reading (community_id, meter_id)
    where kind = 'BASE';
create index meter_reading_meter_idx on meter_reading (community_id, meter_id, period);
create index meter_reading_status_idx on meter_reading (community_id, status);
