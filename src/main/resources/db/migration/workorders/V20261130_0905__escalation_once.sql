-- R4.2: a missed deadline moves its order one level up once. A breach event may be delivered
-- again (stale publications are resubmitted, decision 0005); the deadline's id is the key,
-- so a redelivery finds its row and changes nothing. deadline_id names a row of the
-- scheduling module's table, hence no foreign key to it.
create table work_order_escalation (
    community_id  bigint      not null,
    deadline_id   bigint      not null,
    work_order_id bigint      not null,
    level         int         not null,
    escalated_at  timestamptz not null,
    primary key (community_id, deadline_id),
    foreign key (community_id, work_order_id) references work_order (community_id, id)
);
