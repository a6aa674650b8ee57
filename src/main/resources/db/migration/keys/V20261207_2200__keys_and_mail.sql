-- The key register (R10.1; seed 000 "做好各楼宇单元的锁匙核对、调试、编号、分类、存放、借还、登记", seed 003
-- "每月对业户单元钥匙（包括店面钥匙）、住户卡、车卡、未领用的可视对讲机进行盘点"): every unit key, resident
-- card, car card and unissued intercom handset, numbered, with its storage place, its status and its
-- history; key loans with the borrower's identity check; the monthly stock-take; and the mail held at
-- the desk (R10.3). Units and parties belong to other modules: referenced by id only.
create table key_item (
    community_id    bigint       not null,
    id              bigint generated always as identity,
    unit_id         bigint       not null,
    unit_label      varchar(60)  not null,
    kind            varchar(20)  not null,
    number          varchar(30)  not null,
    storage_place   varchar(50),
    status          varchar(12)  not null,
    holder_party_id bigint,
    holder_name     varchar(100),
    plate           varchar(10),
    valid_until     date,
    issue_ref       varchar(60),
    missing_since   date,
    created_at      timestamptz  not null,
    version         int          not null default 0,
    primary key (community_id, id),
    unique (community_id, number)
);
create index key_item_unit_idx on key_item (community_id, unit_id, kind);
create index key_item_status_idx on key_item (community_id, status);

create table key_step (
    community_id bigint        not null,
    id           bigint generated always as identity,
    item_id      bigint        not null,
    occurred_at  timestamptz   not null,
    actor        varchar(100)  not null,
    action       varchar(12)   not null,
    note         varchar(300),
    primary key (community_id, id),
    foreign key (community_id, item_id) references key_item (community_id, id)
);
create index key_step_item_idx on key_step (community_id, item_id, id);

create table key_loan (
    community_id      bigint        not null,
    id                bigint generated always as identity,
    item_id           bigint        not null,
    unit_id           bigint        not null,
    borrower_party_id bigint        not null,
    borrower_name     varchar(100)  not null,
    standing          varchar(12)   not null,
    authorisation_id  bigint,
    purpose           varchar(200)  not null,
    status            varchar(10)   not null,
    lent_at           timestamptz   not null,
    lent_by           varchar(100)  not null,
    returned_at       timestamptz,
    received_by       varchar(100),
    version           int           not null default 0,
    primary key (community_id, id),
    foreign key (community_id, item_id) references key_item (community_id, id)
);
create unique index key_loan_out_uk on key_loan (community_id, item_id) where status = 'OUT';
create index key_loan_out_idx on key_loan (community_id, lent_at) where status = 'OUT';

create table stock_take (
    community_id bigint        not null,
    id           bigint generated always as identity,
    month        date          not null,
    status       varchar(8)    not null,
    started_at   timestamptz   not null,
    started_by   varchar(100)  not null,
    closed_at    timestamptz,
    closed_by    varchar(100),
    version      int           not null default 0,
    primary key (community_id, id),
    unique (community_id, month)
);

create table stock_take_line (
    community_id  bigint        not null,
    stock_take_id bigint        not null,
    item_id       bigint        not null,
    expected      varchar(12)   not null,
    result        varchar(10),
    counted_at    timestamptz,
    counted_by    varchar(100),
    note          varchar(200),
    primary key (community_id, stock_take_id, item_id),
    foreign key (community_id, stock_take_id) references stock_take (community_id, id),
    foreign key (community_id, item_id) references key_item (community_id, id)
);

create table mail_item (
    community_id bigint        not null,
    id           bigint generated always as identity,
    unit_id      bigint        not null,
    unit_label   varchar(60)   not null,
    kind         varchar(12)   not null,
    addressee    varchar(100),
    sender       varchar(100),
    tracking_no  varchar(40),
    status       varchar(10)   not null,
    logged_at    timestamptz   not null,
    logged_by    varchar(100)  not null,
    handed_to    varchar(100),
    handed_at    timestamptz,
    handed_by    varchar(100),
    note         varchar(200),
    version      int           not null default 0,
    primary key (community_id, id)
);
create index mail_item_waiting_idx on mail_item (community_id, logged_at) where status = 'WAITING';
create index mail_item_unit_idx on mail_item (community_id, unit_id, id);

create table mail_step (
    community_id bigint        not null,
    id           bigint generated always as identity,
    mail_id      bigint        not null,
    occurred_at  timestamptz   not null,
    actor        varchar(100)  not null,
    action       varchar(12)   not null,
    note         varchar(200),
    primary key (community_id, id),
    foreign key (community_id, mail_id) references mail_item (community_id, id)
);

create function keys_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger key_step_append_only before update or delete on key_step
    for each row execute function keys_append_only();
create trigger mail_step_append_only before update or delete on mail_step
    for each row execute function keys_append_only();
