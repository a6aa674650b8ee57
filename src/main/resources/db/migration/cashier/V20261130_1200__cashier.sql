-- Cashier (R6.3, R6.5, R6.6): payments with idempotency keys, receipts numbered without gaps
-- per community and year, voids with approval, deposits, and the cashier's daily close.

create table payment (
    community_id    bigint        not null,
    id              bigint generated always as identity,
    unit_id         bigint        not null,
    kind            varchar(10)   not null,
    idempotency_key varchar(80)   not null,
    method          varchar(10)   not null,
    amount          numeric(14,2) not null default 0,
    tendered        numeric(14,2) not null default 0,
    change_given    numeric(14,2) not null default 0,
    prepaid         numeric(14,2) not null default 0,
    reference       varchar(60),
    cashier         varchar(100)  not null,
    business_day    date          not null,
    receipt_id      bigint,
    created_at      timestamptz   not null,
    primary key (community_id, id),
    unique (community_id, idempotency_key)
);
create index payment_day_idx on payment (community_id, cashier, business_day);
create index payment_unit_idx on payment (community_id, unit_id);

-- The last receipt number used per community and year. The row is locked by the paying
-- transaction until it commits, so numbers are handed out in order and a rolled-back payment
-- gives its number back: the sequence has no gaps (a voided receipt keeps its number).
create table receipt_counter (
    community_id bigint not null,
    year         int    not null,
    last_number  int    not null,
    primary key (community_id, year)
);

create table receipt (
    community_id bigint        not null,
    id           bigint generated always as identity,
    year         int           not null,
    number       int           not null,
    payment_id   bigint        not null,
    unit_id      bigint        not null,
    amount       numeric(14,2) not null,
    issued_at    timestamptz   not null,
    issued_by    varchar(100)  not null,
    business_day date          not null,
    primary key (community_id, id),
    unique (community_id, year, number),
    foreign key (community_id, payment_id) references payment (community_id, id)
);

create table receipt_void (
    community_id bigint       not null,
    receipt_id   bigint       not null,
    reason       varchar(200) not null,
    status       varchar(10)  not null,
    requested_by varchar(100) not null,
    requested_at timestamptz  not null,
    approved_by  varchar(100),
    approved_at  timestamptz,
    primary key (community_id, receipt_id),
    foreign key (community_id, receipt_id) references receipt (community_id, id)
);

create table daily_close (
    community_id  bigint        not null,
    id            bigint generated always as identity,
    cashier       varchar(100)  not null,
    business_day  date          not null,
    cash          numeric(14,2) not null,
    card          numeric(14,2) not null,
    transfer      numeric(14,2) not null,
    online        numeric(14,2) not null,
    total         numeric(14,2) not null,
    receipts      int           not null,
    first_receipt varchar(20),
    last_receipt  varchar(20),
    voids         int           not null,
    void_amount   numeric(14,2) not null,
    invoices      int           not null default 0,
    invoice_range varchar(60),
    handed_to     varchar(10)   not null,
    note          varchar(200),
    closed_at     timestamptz   not null,
    confirmed_by  varchar(100),
    confirmed_at  timestamptz,
    primary key (community_id, id),
    unique (community_id, cashier, business_day)
);

create table deposit (
    community_id        bigint        not null,
    id                  bigint generated always as identity,
    unit_id             bigint        not null,
    purpose             varchar(60)   not null,
    amount              numeric(14,2) not null check (amount > 0),
    status              varchar(16)   not null,
    requested_by        varchar(100)  not null,
    approved_by         varchar(100),
    payment_id          bigint,
    refund_reason       varchar(200),
    refund_requested_by varchar(100),
    refund_approved_by  varchar(100),
    refunded_at         timestamptz,
    created_at          timestamptz   not null,
    version             int           not null default 0,
    primary key (community_id, id)
);
