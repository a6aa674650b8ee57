-- Issue 10 item 14 (R11.3): a patrol finding, or a record taken without a caller, is reported by
-- the member of staff who found it. staff_id names a row of the access module's table, hence no
-- foreign key to it.
alter table work_order add column reporter_staff_id bigint;
