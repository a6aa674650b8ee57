-- Issue 10 (what an API client could not do): a record back-entered (补录) keeps when it was received
-- in created_at, so it is in the log of the day it happened and its clocks count from then, and
-- when it was typed in entered_at (null: entered as it was received).
alter table reception_record add column entered_at timestamptz;
