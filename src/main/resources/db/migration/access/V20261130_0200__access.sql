-- Staff accounts, roles, departments and community assignments; login throttling; API tokens.
-- Staff are company-wide (one person may work for several communities), so the staff table is a
-- reference table; departments and assignments carry the community.
create table staff (
    id            bigint generated always as identity primary key,
    username      varchar(50)  not null unique,
    display_name  varchar(50)  not null,
    password_hash varchar(100) not null,
    phone         varchar(20),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    version       int          not null default 0
);

create table staff_role (
    staff_id bigint      not null references staff (id),
    role     varchar(20) not null,
    primary key (staff_id, role)
);

create table department (
    community_id  bigint      not null,
    id            bigint generated always as identity,
    code          varchar(30) not null,
    name          varchar(50) not null,
    lead_staff_id bigint references staff (id),
    primary key (community_id, id),
    unique (community_id, code)
);

create table staff_community (
    staff_id      bigint not null references staff (id),
    community_id  bigint not null,
    department_id bigint,
    primary key (staff_id, community_id),
    foreign key (community_id, department_id) references department (community_id, id)
);
create index staff_community_community_idx on staff_community (community_id);

create table login_failure (
    username  varchar(50) not null,
    failed_at timestamptz not null
);
create index login_failure_idx on login_failure (username, failed_at);

create table api_token (
    token_hash char(64)    primary key,
    staff_id   bigint      not null references staff (id),
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    revoked    boolean     not null default false
);
create index api_token_staff_idx on api_token (staff_id);
