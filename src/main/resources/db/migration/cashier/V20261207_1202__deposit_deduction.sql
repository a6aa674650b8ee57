-- A deposit's refund may keep a deduction with its reason (R9.7: the renovation deposit is
-- refunded less what the acceptance found damaged); the refund pays the rest.
alter table deposit add column refund_deduction numeric(14,2) not null default 0;
alter table deposit add column deduction_reason varchar(200);
alter table deposit add constraint deposit_deduction_range check (refund_deduction >= 0 and refund_deduction <= amount);
alter table deposit add constraint deposit_deduction_reason check (refund_deduction = 0 or deduction_reason is not null);
