-- Indexes for the indicators over a large community (1,000,000 orders): the open orders by age,
-- complaints completed in a period, return visits due in a period.
drop index work_order_open_idx;
create index work_order_open_created_idx on work_order (community_id, created_at)
    where status not in ('CLOSED', 'CANCELLED');
create index work_order_completed_idx on work_order (community_id, completed_at) where completed_at is not null;
create index work_order_closed_created_idx on work_order (community_id, closed_at, created_at) where closed_at is not null;
create index return_visit_due_all_idx on return_visit (community_id, due_at);
