-- Inspections (R11): areas, routes of checkpoints with QR labels, versioned checklist templates,
-- schedules, rounds with their checkpoint visits and item results, findings, contractor
-- rectifications, contractors and contracts, the month-end evaluation. Every table is keyed by its
-- community first (decision 0002); foreign keys stay inside the module (a building or a staff
-- member of another module is kept by id only).

create table inspection_settings (
    community_id   bigint not null primary key,
    period_end_day int    not null default 25 check (period_end_day between 1 and 28),
    version        int    not null default 0
);

create table inspection_scoring_rule (
    community_id   bigint        not null,
    trade          text          not null,
    base_score     numeric(6, 2) not null default 100,
    deduction      numeric(6, 2) not null default 2,
    overdue_factor numeric(4, 2) not null default 2,
    floor_score    numeric(6, 2) not null default 0,
    version        int           not null default 0,
    primary key (community_id, trade)
);

create table inspection_area (
    community_id bigint not null,
    id           bigint generated always as identity,
    kind         text   not null,
    name         text   not null,
    building_id  bigint,
    version      int    not null default 0,
    primary key (community_id, id),
    unique (community_id, name)
);

-- A template is never changed: a revision is a new row, the old one stays for the rounds that used it.
create table inspection_template (
    community_id bigint      not null,
    id           bigint generated always as identity,
    code         text        not null,
    revision     int         not null,
    name         text        not null,
    current      boolean     not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    primary key (community_id, id),
    unique (community_id, code, revision)
);
create unique index inspection_template_current on inspection_template (community_id, code) where current;

create table inspection_template_item (
    community_id bigint        not null,
    template_id  bigint        not null,
    position     int           not null,
    text         text          not null,
    trade        text          not null,
    weight       numeric(5, 2) not null default 1,
    primary key (community_id, template_id, position),
    foreign key (community_id, template_id) references inspection_template (community_id, id)
);

create table inspection_route (
    community_id bigint  not null,
    id           bigint generated always as identity,
    name         text    not null,
    active       boolean not null default true,
    version      int     not null default 0,
    primary key (community_id, id),
    unique (community_id, name)
);

create table inspection_checkpoint (
    community_id  bigint  not null,
    id            bigint generated always as identity,
    route_id      bigint  not null,
    position      int     not null,
    name          text    not null,
    area_id       bigint  not null,
    template_code text    not null,
    qr_token      text    not null,
    active        boolean not null default true,
    version       int     not null default 0,
    primary key (community_id, id),
    unique (community_id, qr_token),
    foreign key (community_id, route_id) references inspection_route (community_id, id),
    foreign key (community_id, area_id) references inspection_area (community_id, id)
);
create index inspection_checkpoint_route on inspection_checkpoint (community_id, route_id, position);

create table inspection_schedule (
    community_id      bigint  not null,
    id                bigint generated always as identity,
    name              text    not null,
    round_kind        text    not null,
    route_id          bigint,
    template_code     text,
    recurrence        text    not null,
    days_of_week      int     not null default 0,
    day_of_month      int check (day_of_month between 1 and 28),
    windows           text    not null default '',
    assignee_staff_id bigint,
    active            boolean not null default true,
    version           int     not null default 0,
    primary key (community_id, id),
    foreign key (community_id, route_id) references inspection_route (community_id, id),
    check (route_id is not null or template_code is not null)
);

-- occurrence_key makes a scheduled round exist once however many instances plan it.
create table inspection_round (
    community_id      bigint      not null,
    id                bigint generated always as identity,
    occurrence_key    text        not null,
    kind              text        not null,
    schedule_id       bigint,
    route_id          bigint,
    subject_kind      text,
    subject_id        bigint,
    title             text        not null,
    assignee_staff_id bigint,
    window_start      timestamptz not null,
    window_end        timestamptz not null,
    status            text        not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    missed_at         timestamptz,
    late              boolean     not null default false,
    checkpoints       int         not null,
    visited           int         not null default 0,
    failed_items      int         not null default 0,
    created_at        timestamptz not null,
    version           int         not null default 0,
    primary key (community_id, id),
    unique (community_id, occurrence_key),
    foreign key (community_id, schedule_id) references inspection_schedule (community_id, id),
    foreign key (community_id, route_id) references inspection_route (community_id, id),
    check (window_end > window_start)
);
create index inspection_round_window on inspection_round (community_id, window_start);
create index inspection_round_open on inspection_round (window_end) where status in ('DUE', 'IN_PROGRESS') and missed_at is null;
create index inspection_round_subject on inspection_round (community_id, subject_kind, subject_id) where subject_kind is not null;

create table inspection_visit (
    community_id        bigint  not null,
    round_id            bigint  not null,
    position            int     not null,
    checkpoint_id       bigint,
    name                text    not null,
    area_id             bigint,
    template_id         bigint  not null,
    status              text    not null,
    visited_at          timestamptz,
    scanned             boolean not null default false,
    visited_by          text,
    visited_by_staff_id bigint,
    note                text,
    primary key (community_id, round_id, position),
    foreign key (community_id, round_id) references inspection_round (community_id, id),
    foreign key (community_id, template_id) references inspection_template (community_id, id),
    foreign key (community_id, checkpoint_id) references inspection_checkpoint (community_id, id)
);

-- One row per checklist item of a visited checkpoint; the item's words, trade and weight are
-- copied so a later revision of the template never rewrites a finished round.
create table inspection_result (
    community_id   bigint        not null,
    round_id       bigint        not null,
    visit_position int           not null,
    item_position  int           not null,
    item_text      text          not null,
    trade          text          not null,
    weight         numeric(5, 2) not null,
    outcome        text          not null,
    note           text,
    area_id        bigint,
    visited_at     timestamptz   not null,
    primary key (community_id, round_id, visit_position, item_position),
    foreign key (community_id, round_id, visit_position) references inspection_visit (community_id, round_id, position)
);
create index inspection_result_failed on inspection_result (community_id, visited_at) where outcome = 'FAIL';

create table inspection_photo (
    community_id   bigint      not null,
    id             bigint generated always as identity,
    round_id       bigint      not null,
    visit_position int         not null,
    item_position  int         not null,
    file_id        bigint      not null,
    filename       text        not null,
    added_at       timestamptz not null,
    primary key (community_id, id),
    foreign key (community_id, round_id, visit_position, item_position)
        references inspection_result (community_id, round_id, visit_position, item_position)
);
create index inspection_photo_result on inspection_photo (community_id, round_id, visit_position, item_position);

create table inspection_finding (
    community_id        bigint      not null,
    id                  bigint generated always as identity,
    round_id            bigint      not null,
    visit_position      int         not null,
    item_position       int         not null,
    checkpoint_id       bigint,
    place               text        not null,
    item_text           text        not null,
    trade               text        not null,
    note                text,
    status              text        not null,
    raised_at           timestamptz not null,
    raised_by           text        not null,
    raised_by_staff_id  bigint,
    work_order_id       bigint,
    work_order_number   text,
    department_id       bigint,
    referral_note       text,
    resolved_at         timestamptz,
    resolution          text,
    version             int         not null default 0,
    primary key (community_id, id),
    unique (community_id, round_id, visit_position, item_position),
    foreign key (community_id, round_id, visit_position, item_position)
        references inspection_result (community_id, round_id, visit_position, item_position)
);
create index inspection_finding_open on inspection_finding (community_id, status) where status <> 'RESOLVED';
create index inspection_finding_order on inspection_finding (community_id, work_order_id) where work_order_id is not null;
create index inspection_finding_checkpoint on inspection_finding (community_id, checkpoint_id, item_position)
    where status <> 'RESOLVED';

create table inspection_contractor (
    community_id bigint  not null,
    id           bigint generated always as identity,
    name         text    not null,
    trade        text    not null,
    contact_name text,
    phone        text,
    active       boolean not null default true,
    version      int     not null default 0,
    primary key (community_id, id),
    unique (community_id, name)
);

create table inspection_contract (
    community_id  bigint         not null,
    id            bigint generated always as identity,
    contractor_id bigint         not null,
    number        text           not null,
    starts_on     date           not null,
    ends_on       date,
    monthly_fee   numeric(14, 2) not null,
    version       int            not null default 0,
    primary key (community_id, id),
    unique (community_id, number),
    foreign key (community_id, contractor_id) references inspection_contractor (community_id, id),
    check (ends_on is null or ends_on >= starts_on)
);

create table inspection_contract_area (
    community_id bigint not null,
    contract_id  bigint not null,
    area_id      bigint not null,
    primary key (community_id, contract_id, area_id),
    foreign key (community_id, contract_id) references inspection_contract (community_id, id),
    foreign key (community_id, area_id) references inspection_area (community_id, id)
);

create table inspection_rectification (
    community_id      bigint      not null,
    id                bigint generated always as identity,
    finding_id        bigint      not null,
    contractor_id     bigint      not null,
    deadline          timestamptz not null,
    status            text        not null,
    issued_at         timestamptz not null,
    issued_by         text        not null,
    overdue           boolean     not null default false,
    failed_rechecks   int         not null default 0,
    confirmed_at      timestamptz,
    confirmed_by      text,
    confirmed_round_id bigint,
    version           int         not null default 0,
    primary key (community_id, id),
    unique (community_id, finding_id),
    foreign key (community_id, finding_id) references inspection_finding (community_id, id),
    foreign key (community_id, contractor_id) references inspection_contractor (community_id, id)
);
create index inspection_rectification_open on inspection_rectification (deadline) where status = 'ISSUED';
create index inspection_rectification_contractor on inspection_rectification (community_id, contractor_id);

create table inspection_evaluation (
    community_id       bigint        not null,
    id                 bigint generated always as identity,
    contractor_id      bigint        not null,
    period_start       date          not null,
    period_end         date          not null,
    revision           int           not null,
    status             text          not null,
    base_score         numeric(6, 2) not null,
    deduction          numeric(6, 2) not null,
    overdue_factor     numeric(4, 2) not null,
    floor_score        numeric(6, 2) not null,
    failed_items       int           not null,
    overdue_items      int           not null,
    deducted           numeric(10, 2) not null,
    score              numeric(6, 2) not null,
    monthly_fee        numeric(14, 2),
    reason             text,
    computed_at        timestamptz   not null,
    computed_by        text          not null,
    signed_at          timestamptz,
    signed_by          text,
    signed_by_staff_id bigint,
    version            int           not null default 0,
    primary key (community_id, id),
    unique (community_id, contractor_id, period_start, revision),
    foreign key (community_id, contractor_id) references inspection_contractor (community_id, id)
);
create unique index inspection_evaluation_one_draft on inspection_evaluation (community_id, contractor_id, period_start)
    where status = 'DRAFT';

create table inspection_evaluation_line (
    community_id  bigint        not null,
    evaluation_id bigint        not null,
    line_no       int           not null,
    visited_at    timestamptz   not null,
    place         text          not null,
    item_text     text          not null,
    weight        numeric(5, 2) not null,
    overdue       boolean       not null,
    points        numeric(8, 2) not null,
    primary key (community_id, evaluation_id, line_no),
    foreign key (community_id, evaluation_id) references inspection_evaluation (community_id, id)
);

-- R11.4: once signed an evaluation is the basis of payment and never changes; a correction is
-- a new signed revision with a reason.
create function inspection_evaluation_signed_is_final() returns trigger language plpgsql as $$
begin
    if old.status = 'SIGNED' then
        raise exception 'a signed evaluation cannot change (evaluation %)', old.id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger inspection_evaluation_final before update or delete on inspection_evaluation
    for each row execute function inspection_evaluation_signed_is_final();

create function inspection_evaluation_line_signed_is_final() returns trigger language plpgsql as $$
declare
    parent_status text;
begin
    select status into parent_status from inspection_evaluation
     where community_id = coalesce(new.community_id, old.community_id)
       and id = coalesce(new.evaluation_id, old.evaluation_id);
    if parent_status = 'SIGNED' then
        raise exception 'the lines of a signed evaluation cannot change';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger inspection_evaluation_line_final before insert or update or delete on inspection_evaluation_line
    for each row execute function inspection_evaluation_line_signed_is_final();

-- The steps of rounds, findings, rectifications and evaluations, appended and never changed.
create table inspection_history (
    community_id bigint      not null,
    id           bigint generated always as identity,
    subject      text        not null,
    subject_id   bigint      not null,
    at           timestamptz not null,
    actor        text        not null,
    action       text        not null,
    from_status  text,
    to_status    text        not null,
    note         text,
    primary key (community_id, id)
);
create index inspection_history_subject on inspection_history (community_id, subject, subject_id);

create function inspection_history_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'inspection_history is append-only';
end $$;
create trigger inspection_history_no_update before update or delete on inspection_history
    for each row execute function inspection_history_append_only();
