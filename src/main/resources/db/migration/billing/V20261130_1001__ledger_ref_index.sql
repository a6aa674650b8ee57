-- Charges written by billing runs are found by their line, never by their run reference: keep
-- them out of the reference index, which a 200,000-unit run would otherwise grow by every line.
drop index ledger_entry_ref_idx;
create index ledger_entry_ref_idx on ledger_entry (community_id, ref_type, ref_id) where ref_type <> 'RUN';
