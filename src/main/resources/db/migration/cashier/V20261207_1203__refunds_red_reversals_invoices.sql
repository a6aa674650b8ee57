-- Issue 10 item 9 (R6.5, R6.6): a deposit needs no approval to be taken; its refund is approved
-- by finance and then paid out by a cashier, an outflow of that cashier's day. Deposits approved
-- under the former rule keep their APPROVED state and approver; nothing is rewritten.
alter table deposit add column refund_method varchar(10);
alter table deposit add column refunded_by varchar(100);
alter table deposit add column refund_day date;
create index deposit_refund_day_idx on deposit (community_id, refunded_by, refund_day) where refund_day is not null;

-- Issue 10 decision "correcting a closed day": a receipt of a closed day is never voided; a red
-- receipt (红冲) on an open day names it. Receipts also keep the cashier's name as printed.
alter table receipt add column reverses_receipt_id bigint;
alter table receipt add column issued_by_name varchar(100);
create unique index receipt_reversed_once on receipt (community_id, reverses_receipt_id)
    where reverses_receipt_id is not null;
alter table receipt_void add column red_receipt_id bigint;

-- The handover counts red reversals and refunds; the cash handed over is the cash taken less
-- the cash refunds. Closes before this change had neither.
alter table daily_close add column reversals int not null default 0;
alter table daily_close add column reversal_amount numeric(14,2) not null default 0;
alter table daily_close add column refunds int not null default 0;
alter table daily_close add column refund_amount numeric(14,2) not null default 0;
alter table daily_close add column cash_refunds numeric(14,2) not null default 0;

-- Issue 10 decision "invoices": the tax system issues invoices (发票); Guanjia records the
-- invoice number and the date issued against a receipt, typed or imported, and the daily close
-- shows the ranges from these records.
create table receipt_invoice (
    community_id bigint       not null,
    invoice_no   varchar(40)  not null,
    receipt_id   bigint       not null,
    issued_on    date         not null,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz  not null,
    primary key (community_id, invoice_no),
    foreign key (community_id, receipt_id) references receipt (community_id, id)
);
create index receipt_invoice_receipt_idx on receipt_invoice (community_id, receipt_id);

-- Issue 10 item 9: the reminder half an hour before the business day ends (每工作日結束前半小時),
-- sent once per community and day however many instances run the check.
create table daily_close_reminder (
    community_id bigint      not null,
    business_day date        not null,
    sent_at      timestamptz not null,
    primary key (community_id, business_day)
);
