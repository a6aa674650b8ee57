-- People and companies (R1.3) and how they relate to units: ownership with its history of
-- transfers (R1.4), tenancies, household members and vehicles. Units belong to the estate module:
-- they are referenced by (community_id, unit_id) and checked through its API, never by a foreign
-- key. A person owning units in two communities is two parties (the community is in every key).
create table party (
    community_id bigint       not null,
    id           bigint generated always as identity,
    kind         varchar(10)  not null check (kind in ('PERSON', 'COMPANY')),
    name         varchar(100) not null,
    gender       varchar(10)  check (gender in ('MALE', 'FEMALE')),
    id_card      varchar(18),
    credit_code  varchar(18),
    contact_name varchar(50),
    notes        varchar(500),
    created_at   timestamptz  not null,
    version      int          not null default 0,
    primary key (community_id, id),
    check (kind = 'PERSON' or id_card is null),
    check (kind = 'COMPANY' or credit_code is null)
);
create unique index party_id_card_uk on party (community_id, id_card) where id_card is not null;
create unique index party_credit_code_uk on party (community_id, credit_code) where credit_code is not null;
create index party_name_idx on party (community_id, name, id);
-- Name fragments of three or more characters (Chinese included: the cluster uses C.UTF-8).
create index party_name_trgm_idx on party using gin (community_id, name gin_trgm_ops);

create table party_phone (
    community_id bigint      not null,
    party_id     bigint      not null,
    position     smallint    not null,
    phone        varchar(20) not null,
    tail         varchar(4)  generated always as (right(phone, 4)) stored,
    primary key (community_id, party_id, position),
    foreign key (community_id, party_id) references party (community_id, id)
);
-- Callers give the last four digits: an equality lookup inside the community.
create index party_phone_tail_idx on party_phone (community_id, tail);
create index party_phone_trgm_idx on party_phone using gin (community_id, phone gin_trgm_ops);

create table ownership_transfer (
    community_id  bigint       not null,
    id            bigint generated always as identity,
    unit_id       bigint       not null,
    transfer_date date         not null,
    reason        varchar(20)  not null,
    contract_no   varchar(50),
    note          varchar(500),
    recorded_at   timestamptz  not null,
    recorded_by   varchar(100) not null,
    primary key (community_id, id)
);
create index ownership_transfer_unit_idx on ownership_transfer (community_id, unit_id, transfer_date);

-- Who owns a unit, from when to when. Rows are history: a transfer closes them (ended_on,
-- ended_by_transfer) and opens new ones; nothing else may change or delete them.
create table ownership (
    community_id        bigint       not null,
    id                  bigint generated always as identity,
    unit_id             bigint       not null,
    party_id            bigint       not null,
    share               numeric(5, 2) check (share > 0 and share <= 100),
    since               date         not null,
    ended_on            date,
    started_by_transfer bigint,
    ended_by_transfer   bigint,
    created_at          timestamptz  not null,
    primary key (community_id, id),
    foreign key (community_id, party_id) references party (community_id, id),
    foreign key (community_id, started_by_transfer) references ownership_transfer (community_id, id),
    foreign key (community_id, ended_by_transfer) references ownership_transfer (community_id, id),
    check (ended_on is null or ended_on >= since)
);
create unique index ownership_current_uk on ownership (community_id, unit_id, party_id) where ended_on is null;
create index ownership_unit_idx on ownership (community_id, unit_id, since);
create index ownership_party_idx on ownership (community_id, party_id);

create function ownership_keeps_history() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'ownership history is never deleted';
    end if;
    if old.ended_on is not null or new.ended_on is null
       or new.community_id <> old.community_id or new.id <> old.id or new.unit_id <> old.unit_id
       or new.party_id <> old.party_id or new.share is distinct from old.share or new.since <> old.since
       or new.started_by_transfer is distinct from old.started_by_transfer
       or new.created_at <> old.created_at then
        raise exception 'an ownership can only be ended, once';
    end if;
    return new;
end $$;
create trigger ownership_history before update or delete on ownership
    for each row execute function ownership_keeps_history();

create function residents_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger ownership_transfer_append_only before update or delete on ownership_transfer
    for each row execute function residents_append_only();

create table tenancy (
    community_id bigint      not null,
    id           bigint generated always as identity,
    unit_id      bigint      not null,
    party_id     bigint      not null,
    starts_on    date        not null,
    ends_on      date,
    moved_out_on date,
    created_at   timestamptz not null,
    version      int         not null default 0,
    primary key (community_id, id),
    foreign key (community_id, party_id) references party (community_id, id),
    check (ends_on is null or ends_on >= starts_on),
    check (moved_out_on is null or moved_out_on >= starts_on)
);
create unique index tenancy_current_uk on tenancy (community_id, unit_id, party_id) where moved_out_on is null;
create index tenancy_unit_idx on tenancy (community_id, unit_id, starts_on);
create index tenancy_party_idx on tenancy (community_id, party_id);

create table household_member (
    community_id bigint      not null,
    id           bigint generated always as identity,
    unit_id      bigint      not null,
    party_id     bigint      not null,
    relation     varchar(20) not null,
    since        date        not null,
    moved_out_on date,
    created_at   timestamptz not null,
    version      int         not null default 0,
    primary key (community_id, id),
    foreign key (community_id, party_id) references party (community_id, id),
    check (moved_out_on is null or moved_out_on >= since)
);
create unique index household_member_current_uk on household_member (community_id, unit_id, party_id)
    where moved_out_on is null;
create index household_member_unit_idx on household_member (community_id, unit_id);
create index household_member_party_idx on household_member (community_id, party_id);

create table vehicle (
    community_id  bigint      not null,
    id            bigint generated always as identity,
    unit_id       bigint      not null,
    party_id      bigint,
    plate         varchar(10) not null,
    brand         varchar(50),
    colour        varchar(20),
    registered_on date        not null,
    removed_on    date,
    created_at    timestamptz not null,
    version       int         not null default 0,
    primary key (community_id, id),
    foreign key (community_id, party_id) references party (community_id, id),
    check (removed_on is null or removed_on >= registered_on)
);
create unique index vehicle_current_plate_uk on vehicle (community_id, plate) where removed_on is null;
create index vehicle_unit_idx on vehicle (community_id, unit_id);
create index vehicle_party_idx on vehicle (community_id, party_id);
create index vehicle_plate_trgm_idx on vehicle using gin (community_id, plate gin_trgm_ops);
