-- Issue 10 item 10 (R3.3, seed 001 3.1(2) "無論何種情況，都不可拒絕住戶要求上門維修或查看的請求。如有特殊情況應給予住戶合理的解釋"):
-- an order the company declines, with the explanation given to the resident, is kept apart
-- from one the resident withdrew. Orders cancelled before this were recorded as a plain
-- cancellation: they stay false (the resident withdrew, or unknown); their history is unchanged.
alter table work_order add column declined boolean not null default false;
