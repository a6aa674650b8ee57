-- Issue 10 item 8 (R3.4, R6.2): a signed repair's charges become the unit's bill line (item
-- PAID_REPAIR) once: the line names its work order, and a second delivery of the closing
-- event finds it there.
alter table bill_line add column work_order_id bigint;
create unique index bill_line_work_order_key on bill_line (community_id, work_order_id)
    where work_order_id is not null;
