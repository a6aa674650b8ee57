-- A run line whose charge was reversed (e.g. the handover date was entered wrong) can be
-- billed again by a later run (R6.3, R6.4). bill_line stays append-only, so the reversed line
-- is not marked: instead a run line carries its rebill number, the count of reversed run lines
-- of the same unit, item and month when it was written. At most one line per key is live: a
-- run writes rebill n only when n earlier lines are all reversed, and a live line with that
-- number makes the insert a no-op, so a re-run or a resumed run still never duplicates.
alter table bill_line add column rebill int not null default 0;
drop index bill_line_run_key;
create unique index bill_line_run_key on bill_line (community_id, unit_id, item, period, rebill) where origin = 'RUN';
