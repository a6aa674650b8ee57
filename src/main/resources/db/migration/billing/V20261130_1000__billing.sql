-- Billing (R6.1–R6.4): settings and dated charge standards per community, billing runs, bill
-- lines and the per-unit ledger. Money is numeric(14,2); rates numeric(12,4).

create table billing_settings (
    community_id                 bigint       not null primary key,
    rounding_mode                varchar(12)  not null default 'HALF_UP',
    custodial_percent            numeric(5,2) not null default 70,
    due_days                     int          not null default 15,
    late_fee_basis               varchar(8)   not null default 'OFF',
    late_fee_rate                numeric(8,6) not null default 0,
    reversal_approval_threshold  numeric(14,2) not null default 500,
    version                      int          not null default 0
);

create table charge_standard (
    community_id   bigint        not null,
    id             bigint generated always as identity,
    item           varchar(24)   not null,
    effective_from date          not null,
    rate           numeric(12,4) not null check (rate >= 0),
    note           varchar(200),
    created_at     timestamptz   not null,
    created_by     varchar(100)  not null,
    primary key (community_id, id),
    unique (community_id, item, effective_from)
);

-- Tiers of a metered price: up_to null is the last tier (everything above the previous one).
create table charge_tier (
    community_id bigint        not null,
    standard_id  bigint        not null,
    seq          int           not null,
    up_to        numeric(12,2),
    price        numeric(12,4) not null check (price >= 0),
    primary key (community_id, standard_id, seq),
    foreign key (community_id, standard_id) references charge_standard (community_id, id)
);

create table billing_run (
    community_id  bigint       not null,
    id            bigint generated always as identity,
    first_month   date         not null,
    months        int          not null check (months in (1, 3)),
    status        varchar(12)  not null,
    cursor_unit   bigint       not null default 0,
    units         int          not null default 0,
    lines         int          not null default 0,
    total         numeric(16,2) not null default 0,
    preview       text,
    started_by    varchar(100) not null,
    created_at    timestamptz  not null,
    committed_at  timestamptz,
    version       int          not null default 0,
    primary key (community_id, id)
);
create index billing_run_month_idx on billing_run (community_id, first_month);

-- A bill line: what one unit owes for one charge item and month. Lines of a billing run are
-- unique per unit, item and month, so a re-run or a resumed run can never add a second one.
create table bill_line (
    community_id bigint        not null,
    id           bigint generated always as identity,
    unit_id      bigint        not null,
    building_id  bigint        not null,
    item         varchar(24)   not null,
    period       date          not null,
    origin       varchar(8)    not null,
    run_id       bigint,
    quantity     numeric(14,4) not null,
    rate         numeric(12,4) not null,
    amount       numeric(14,2) not null,
    detail       varchar(200),
    due_date     date          not null,
    created_at   timestamptz   not null,
    primary key (community_id, id),
    foreign key (community_id, run_id) references billing_run (community_id, id)
);
create unique index bill_line_run_key on bill_line (community_id, unit_id, item, period) where origin = 'RUN';
create index bill_line_unit_idx on bill_line (community_id, unit_id, period);
create index bill_line_period_idx on bill_line (community_id, period);

-- The per-unit ledger (收费台帐): charges (+), payments, discounts, prepayments (−) and
-- reversals (the opposite of what they reverse). A unit's balance is the sum of its entries;
-- a line's outstanding amount is the sum of the entries naming it; credit is what was paid
-- without a line. Rows are never updated or deleted.
create table ledger_entry (
    community_id bigint        not null,
    id           bigint generated always as identity,
    unit_id      bigint        not null,
    kind         varchar(16)   not null,
    amount       numeric(14,2) not null,
    bill_line_id bigint,
    ref_type     varchar(16),
    ref_id       bigint,
    reverses_id  bigint,
    reason       varchar(200),
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    primary key (community_id, id),
    foreign key (community_id, bill_line_id) references bill_line (community_id, id),
    foreign key (community_id, reverses_id) references ledger_entry (community_id, id)
);
create index ledger_entry_unit_idx on ledger_entry (community_id, unit_id);
create index ledger_entry_line_idx on ledger_entry (community_id, bill_line_id);
create index ledger_entry_ref_idx on ledger_entry (community_id, ref_type, ref_id);
create unique index ledger_entry_reversed_once on ledger_entry (community_id, reverses_id) where reverses_id is not null;

create function billing_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function billing_append_only();
create trigger bill_line_append_only before update or delete on bill_line
    for each row execute function billing_append_only();

-- A reversal above the community's threshold waits for a second person's approval.
create table reversal_request (
    community_id bigint        not null,
    id           bigint generated always as identity,
    entry_id     bigint        not null,
    unit_id      bigint        not null,
    amount       numeric(14,2) not null,
    reason       varchar(200)  not null,
    status       varchar(10)   not null,
    requested_by varchar(100)  not null,
    requested_at timestamptz   not null,
    decided_by   varchar(100),
    decided_at   timestamptz,
    version      int           not null default 0,
    primary key (community_id, id),
    foreign key (community_id, entry_id) references ledger_entry (community_id, id)
);
