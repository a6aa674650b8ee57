-- Renovation materials arriving at the gate (R9.7; seed 003 "对保安门岗通知需要审批通过的装修材料进场，
-- 第一时间赶赴现场了解是否能通过"): reported by the guard for a unit under renovation, approved or refused by
-- the butler who went to see them. Steps go to renovation_history (record_kind MATERIAL).
create table renovation_material (
    community_id  bigint       not null,
    id            bigint generated always as identity,
    renovation_id bigint       not null,
    description   varchar(200) not null,
    carrier       varchar(100),
    status        varchar(10)  not null,
    reported_at   timestamptz  not null,
    reported_by   varchar(100) not null,
    reason        varchar(200),
    decided_at    timestamptz,
    decided_by    varchar(100),
    version       int          not null default 0,
    primary key (community_id, id),
    foreign key (community_id, renovation_id) references renovation (community_id, id),
    check (status in ('REPORTED', 'APPROVED', 'REFUSED')),
    check (status <> 'REFUSED' or reason is not null)
);
create index renovation_material_idx on renovation_material (community_id, renovation_id, id);
