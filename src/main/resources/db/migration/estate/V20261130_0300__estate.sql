-- Estate registry (R1.1, R1.2). Every business table carries community_id and has it first in
-- its primary key: it is the distribution column of a sharded (Citus) deployment, and the
-- composite foreign keys keep a unit inside its building's community.
create table community (
    id                  bigint generated always as identity primary key,
    code                varchar(20)  not null unique,
    name                varchar(100) not null,
    address             varchar(200),
    time_zone           varchar(40)  not null default 'Asia/Shanghai',
    management_fee_rate numeric(8, 2),
    created_at          timestamptz  not null,
    version             int          not null default 0
);

create table building (
    community_id bigint      not null references community (id),
    id           bigint generated always as identity,
    code         varchar(20) not null,
    name         varchar(50) not null,
    floors       int,
    created_at   timestamptz not null,
    primary key (community_id, id),
    unique (community_id, code)
);

create table unit (
    community_id  bigint        not null,
    id            bigint generated always as identity,
    building_id   bigint        not null,
    entrance      varchar(10)   not null default '',
    room_no       varchar(20)   not null,
    label         varchar(60)   not null,
    kind          varchar(12)   not null,
    floor         int,
    building_area numeric(10, 2) not null check (building_area > 0),
    state         varchar(12)   not null,
    handover_date date,
    created_at    timestamptz   not null,
    version       int           not null default 0,
    primary key (community_id, id),
    foreign key (community_id, building_id) references building (community_id, id),
    unique (community_id, building_id, entrance, room_no)
);
create index unit_building_idx on unit (community_id, building_id, label);
create index unit_label_trgm_idx on unit using gin (community_id, label gin_trgm_ops);

create table parking_space (
    community_id bigint      not null references community (id),
    id           bigint generated always as identity,
    code         varchar(20) not null,
    zone         varchar(50),
    state        varchar(10) not null,
    unit_id      bigint,
    created_at   timestamptz not null,
    version      int         not null default 0,
    primary key (community_id, id),
    unique (community_id, code),
    foreign key (community_id, unit_id) references unit (community_id, id)
);
