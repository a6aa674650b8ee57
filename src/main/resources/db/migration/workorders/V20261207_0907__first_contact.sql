-- Issue 10 item 3 (R4.3, seed 002 "相关部门直接责任人第一时间与客户取得联系"): the first contact with the
-- resident about a complaint — when, how (phone or in person) and who. staff_id names a row of
-- the access module's table, hence no foreign key to it; the name is kept as it was then.
alter table work_order add column first_contact_at timestamptz,
    add column first_contact_channel varchar(10),
    add column first_contact_staff_id bigint,
    add column first_contact_by varchar(100);
