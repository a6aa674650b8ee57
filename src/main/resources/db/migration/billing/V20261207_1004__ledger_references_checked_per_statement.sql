-- Decision 0024 (issue 9 item 21): the ledger's and the bill lines' references are checked once
-- per statement instead of once per row. A foreign key checks each inserted row with its own
-- lookup and row lock; a billing run of 200,000 units writes about 950,000 lines and as many
-- charges, and those checks were 45% of the time of its writes (EXPLAIN ANALYZE in
-- docs/benchmarks.md). bill_line and ledger_entry are append-only (no update, no delete, and now
-- no truncate), so a reference that was valid when its row was inserted stays valid: checking the
-- inserted rows together, after each statement, keeps the same guarantee. A billing run that lines
-- name can no longer be deleted (no code deletes runs; the foreign key refused it too).

alter table bill_line drop constraint bill_line_community_id_run_id_fkey;
alter table ledger_entry drop constraint ledger_entry_community_id_bill_line_id_fkey;
alter table ledger_entry drop constraint ledger_entry_community_id_reverses_id_fkey;

create function bill_line_references_exist() returns trigger language plpgsql as $$
begin
    if exists (select 1 from added a
               where a.run_id is not null
                 and not exists (select 1 from billing_run r where r.community_id = a.community_id and r.id = a.run_id)) then
        raise exception 'bill_line names a billing run that does not exist' using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;
create trigger bill_line_references_exist after insert on bill_line
    referencing new table as added for each statement execute function bill_line_references_exist();

create function ledger_entry_references_exist() returns trigger language plpgsql as $$
begin
    if exists (select 1 from added a
               where a.bill_line_id is not null
                 and not exists (select 1 from bill_line l where l.community_id = a.community_id and l.id = a.bill_line_id)) then
        raise exception 'ledger_entry names a bill line that does not exist' using errcode = 'foreign_key_violation';
    end if;
    if exists (select 1 from added a
               where a.reverses_id is not null
                 and not exists (select 1 from ledger_entry e where e.community_id = a.community_id and e.id = a.reverses_id)) then
        raise exception 'ledger_entry reverses an entry that does not exist' using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;
create trigger ledger_entry_references_exist after insert on ledger_entry
    referencing new table as added for each statement execute function ledger_entry_references_exist();

-- What the foreign keys also refused: emptying the referenced tables, deleting a run with lines.
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function billing_append_only();
create trigger bill_line_no_truncate before truncate on bill_line
    for each statement execute function billing_append_only();

create function billing_run_keep_billed() returns trigger language plpgsql as $$
begin
    if exists (select 1 from bill_line l where l.community_id = old.community_id and l.run_id = old.id) then
        raise exception 'billing run % has bill lines and cannot be deleted', old.id using errcode = 'foreign_key_violation';
    end if;
    return old;
end $$;
create trigger billing_run_keep_billed before delete on billing_run
    for each row execute function billing_run_keep_billed();
