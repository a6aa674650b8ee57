-- Arrears and dunning (R6.7): the ladder of steps as data per community, a dunning case per
-- unit in arrears with every step taken (who, when, what), and the task to restore water and
-- power once a suspended unit has paid everything.

create table dunning_step (
    community_id bigint      not null,
    code         varchar(20) not null,
    seq          int         not null,
    min_days     int         not null,
    printable    boolean     not null default false,
    primary key (community_id, code),
    unique (community_id, seq)
);

create table dunning_case (
    community_id         bigint       not null,
    id                   bigint generated always as identity,
    unit_id              bigint       not null,
    opened_at            timestamptz  not null,
    closed_at            timestamptz,
    closed_reason        varchar(40),
    utilities_suspended  boolean      not null default false,
    primary key (community_id, id)
);
create unique index dunning_case_open_key on dunning_case (community_id, unit_id) where closed_at is null;

create table dunning_action (
    community_id bigint       not null,
    id           bigint generated always as identity,
    case_id      bigint       not null,
    unit_id      bigint       not null,
    step         varchar(20)  not null,
    channel      varchar(20),
    note         varchar(200),
    dispatch_no  varchar(60),
    owed         numeric(14,2) not null,
    done_by      varchar(100) not null,
    done_at      timestamptz  not null,
    primary key (community_id, id),
    foreign key (community_id, case_id) references dunning_case (community_id, id)
);
create index dunning_action_case_idx on dunning_action (community_id, case_id);

create table restore_task (
    community_id bigint       not null,
    id           bigint generated always as identity,
    unit_id      bigint       not null,
    case_id      bigint       not null,
    created_at   timestamptz  not null,
    done_at      timestamptz,
    done_by      varchar(100),
    primary key (community_id, id),
    foreign key (community_id, case_id) references dunning_case (community_id, id)
);
