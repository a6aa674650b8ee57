-- In-app notifications to a staff member or a role of a community, and the SMS/e-mail outbox.
-- event_key makes a redelivered event harmless.
create table notification (
    community_id       bigint       not null,
    id                 bigint generated always as identity,
    event_key          varchar(200) not null,
    recipient_staff_id bigint,
    recipient_role     varchar(20),
    message_key        varchar(100) not null,
    args               text[]       not null,
    link               varchar(200),
    created_at         timestamptz  not null,
    read_at            timestamptz,
    primary key (community_id, id)
);
create unique index notification_event_idx
    on notification (community_id, event_key, coalesce(recipient_staff_id, 0), coalesce(recipient_role, ''));
create index notification_staff_idx on notification (community_id, recipient_staff_id, id desc);
create index notification_role_idx on notification (community_id, recipient_role, id desc);

create table notification_outbox (
    community_id       bigint       not null,
    id                 bigint generated always as identity,
    event_key          varchar(200) not null,
    channel            varchar(10)  not null,
    recipient_role     varchar(20),
    recipient_staff_id bigint,
    recipient_phone    varchar(20),
    text               varchar(500) not null,
    status             varchar(10)  not null,
    attempts           int          not null default 0,
    created_at         timestamptz  not null,
    sent_at            timestamptz,
    primary key (community_id, id),
    unique (community_id, event_key, channel)
);
create index notification_outbox_pending_idx on notification_outbox (created_at) where status = 'PENDING';
