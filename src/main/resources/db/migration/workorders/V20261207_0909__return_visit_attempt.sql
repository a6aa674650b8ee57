-- Issue 10 item 10 (R5.1, R3.2). Seed 002: "回访可上门或电话回访"; seed 001 3.4(2): "如住戶因事外出，則視情況等待
-- 5-10分鐘，方可返回". A return visit that did not reach the resident — nobody home (a notice left at
-- the door) or nobody answering the phone — is an attempt: who, when, how and what was left. It
-- is not a visit made (the visit stays pending and does not count in the return-visit rate);
-- the attempts are appended and never changed. staff_id names a row of the access module's
-- table, hence no foreign key to it; the name is kept as it was then.
create table return_visit_attempt (
    community_id bigint       not null,
    id           bigint generated always as identity,
    visit_id     bigint       not null,
    attempted_at timestamptz  not null,
    staff_id     bigint,
    attempted_by varchar(100) not null,
    method       varchar(10)  not null,
    note         varchar(500),
    primary key (community_id, id),
    foreign key (community_id, visit_id) references return_visit (community_id, id)
);
create index return_visit_attempt_visit_idx on return_visit_attempt (community_id, visit_id, id);

create function return_visit_attempt_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'return_visit_attempt is append-only';
end $$;
create trigger return_visit_attempt_no_update before update or delete on return_visit_attempt
    for each row execute function return_visit_attempt_append_only();
