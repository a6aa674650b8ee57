-- The month-end run writes all the lines of a month (thousands, for hundreds of evaluations) in one
-- statement (issue 11, docs/benchmarks.md). Two row-by-row checks made that slow, and slower as the
-- evaluations grew: the signed-is-final trigger looked up each line's evaluation, and so did the
-- foreign key — each lookup by a plan the session cached while the table was still small (a scan of
-- the whole table per line). Both are now one check per statement over the rows it added or removed,
-- planned afresh each time (EXECUTE). The rules are unchanged (R11.4): a line belongs to an
-- evaluation, and the lines of a signed evaluation cannot change.
drop trigger inspection_evaluation_line_final on inspection_evaluation_line;
alter table inspection_evaluation_line drop constraint inspection_evaluation_line_community_id_evaluation_id_fkey;

-- Updates of lines (none in the application) stay checked row by row.
create trigger inspection_evaluation_line_final before update on inspection_evaluation_line
    for each row execute function inspection_evaluation_line_signed_is_final();

create function inspection_evaluation_lines_added_check() returns trigger language plpgsql as $$
declare
    bad boolean;
begin
    execute 'select exists (select 1 from (select distinct community_id, evaluation_id from added_lines) l
               left join inspection_evaluation e on e.community_id = l.community_id and e.id = l.evaluation_id
               where e.id is null or e.status = ''SIGNED'')' into bad;
    if bad then
        raise exception 'the lines of a signed evaluation cannot change (or the evaluation does not exist)';
    end if;
    return null;
end $$;
create trigger inspection_evaluation_line_added after insert on inspection_evaluation_line
    referencing new table as added_lines
    for each statement execute function inspection_evaluation_lines_added_check();

create function inspection_evaluation_lines_removed_check() returns trigger language plpgsql as $$
declare
    bad boolean;
begin
    execute 'select exists (select 1 from (select distinct community_id, evaluation_id from removed_lines) l
               join inspection_evaluation e on e.community_id = l.community_id and e.id = l.evaluation_id
               where e.status = ''SIGNED'')' into bad;
    if bad then
        raise exception 'the lines of a signed evaluation cannot change';
    end if;
    return null;
end $$;
create trigger inspection_evaluation_line_removed after delete on inspection_evaluation_line
    referencing old table as removed_lines
    for each statement execute function inspection_evaluation_lines_removed_check();

-- What the foreign key also kept: an evaluation is not removed while it has lines.
create function inspection_evaluation_removed_check() returns trigger language plpgsql as $$
declare
    bad boolean;
begin
    execute 'select exists (select 1 from removed_evaluations r join inspection_evaluation_line l
               on l.community_id = r.community_id and l.evaluation_id = r.id)' into bad;
    if bad then
        raise exception 'an evaluation with lines cannot be removed';
    end if;
    return null;
end $$;
create trigger inspection_evaluation_removed after delete on inspection_evaluation
    referencing old table as removed_evaluations
    for each statement execute function inspection_evaluation_removed_check();

-- The month-end run reads which months a community already evaluated (a changed end day applies
-- from the first month not yet evaluated, decision 0026).
create index inspection_evaluation_period_end on inspection_evaluation (community_id, period_end);
