-- Daily site checks of a renovation under way (R9.5) and the violations they find.
--
-- Each day a permit runs, the renovation module asks the inspections engine for two rounds about
-- the renovation (its daily site check and, half an hour to an hour before the end of the working
-- day, the corridor check, seed 003 "每日下午下班提前半小时至1小时"); the engine keeps the rounds, this
-- table remembers which round is which renovation's check of which day. The key makes a check exist
-- once per renovation, day and kind however many instances plan at once.
create table renovation_site_check (
    community_id  bigint      not null,
    renovation_id bigint      not null,
    day           date        not null,
    kind          varchar(10) not null,
    round_id      bigint      not null,
    planned_at    timestamptz not null,
    primary key (community_id, renovation_id, day, kind),
    unique (community_id, round_id),
    foreign key (community_id, renovation_id) references renovation (community_id, id),
    check (kind in ('SITE', 'CORRIDOR'))
);

-- A failed item of a daily check (seed 003: 发现有与二次装修日检表上要求相悖之项，及时予以制止，联系业主告知相关事项
-- 并要求整改，拒不整改的向上级汇报): stopped on the spot when found, the owner told with a rectification
-- deadline, rectified, or escalated to the manager when the owner refuses. Its steps are appended
-- to renovation_history (record_kind VIOLATION).
create table renovation_violation (
    community_id  bigint       not null,
    id            bigint generated always as identity,
    renovation_id bigint       not null,
    round_id      bigint,
    finding_id    bigint,
    check_kind    varchar(10)  not null,
    item          varchar(200) not null,
    note          varchar(500),
    status        varchar(12)  not null,
    found_at      timestamptz  not null,
    found_by      varchar(100) not null,
    deadline      timestamptz,
    owner_told    varchar(200),
    resolved_at   timestamptz,
    version       int          not null default 0,
    primary key (community_id, id),
    unique (community_id, finding_id),
    foreign key (community_id, renovation_id) references renovation (community_id, id),
    check (status in ('FOUND', 'RECTIFYING', 'ESCALATED', 'RECTIFIED')),
    check (status not in ('RECTIFYING', 'ESCALATED') or deadline is not null)
);
create index renovation_violation_idx on renovation_violation (community_id, renovation_id, id);
