-- A payment not tied to a unit's bill (issue 14: a car park's duration fee, a monthly parking
-- card): no unit, the payer named instead (a plate), the purpose kept for the receipt. It takes
-- its receipt number from the same counter row inside the paying transaction, so receipts stay
-- gap-free across bills, deposits and fees; the idempotency key stays unique per community.
alter table payment alter column unit_id drop not null;
alter table payment add column payer varchar(60);
alter table payment add column purpose varchar(20);
alter table payment add constraint payment_unit_or_payer check (unit_id is not null or payer is not null);
alter table receipt alter column unit_id drop not null;
