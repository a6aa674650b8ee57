-- Issue 10 items 1 and 2 (R6.7).
--
-- No utility cut-off step: under the Civil Code (art. 944) a property-service company may not
-- collect fees by cutting water, power, heat or gas. The SUSPEND step is gone from the ladder;
-- the steps recorded with it stay in the history as they were, marked as legacy, never deleted.
alter table dunning_action add column legacy boolean not null default false;
update dunning_action set legacy = true where step = 'SUSPEND';
comment on column dunning_action.legacy is
    'A step the product no longer offers (SUSPEND: 停水停电, removed under Civil Code art. 944); kept as history';

-- The case's flag now means "a utility cut the supply; restore it promptly once paid". Cases
-- whose supply was cut by a legacy SUSPEND keep the flag, so their restore task still comes.
alter table dunning_case rename column utilities_suspended to supply_cut;

-- The reason for the arrears, found out and recorded on the case (002: 找出原因).
alter table dunning_case add column arrears_reason varchar(30);
alter table dunning_case add column arrears_reason_note varchar(200);

-- The ladder's rungs were rows with fixed day counts (90/180/365 days after the oldest bill);
-- the seed's rules are not day counts (the letter three months after the reminder, the visit
-- for owners living in the estate, legal steps by a manager's decision) and live in
-- DunningLadder. Nothing ever wrote this table.
drop table dunning_step;

-- The quarter-end sweep (003: 每季度末对未交费的单元进行催缴): one row per community and quarter,
-- claimed once across instances; the units it listed carry a SWEEP line in their history.
create table dunning_sweep (
    community_id bigint        not null,
    quarter      varchar(7)    not null,
    ran_at       timestamptz   not null,
    units        int           not null,
    total        numeric(14,2) not null,
    primary key (community_id, quarter)
);
