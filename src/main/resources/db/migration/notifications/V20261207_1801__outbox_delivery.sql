-- Delivery of the outbox (issue 10 item 13): each message keeps its delivery status, its attempts and
-- when it is due next; the message kind and its arguments let an SMS provider fill a registered template.
alter table notification_outbox
    add column message_key     varchar(100),
    add column args            text[]       not null default '{}',
    add column recipient_email varchar(200),
    add column next_attempt_at timestamptz,
    add column claimed_at      timestamptz,
    add column last_error      varchar(500),
    add column provider        varchar(20),
    add column provider_ref    varchar(100),
    add column version         int          not null default 0;
alter table notification_outbox alter column status type varchar(12);
-- Messages queued before delivery existed are due now.
update notification_outbox set next_attempt_at = created_at where status = 'PENDING';
alter table notification_outbox add constraint notification_outbox_status_check
    check (status in ('PENDING', 'SENDING', 'SENT', 'LOGGED', 'RETRY', 'THROTTLED', 'FAILED'));
alter table notification_outbox add constraint notification_outbox_channel_check check (channel in ('SMS', 'EMAIL'));

drop index notification_outbox_pending_idx;
-- What the delivery job picks: waiting messages by when they are due, and sends that never finished.
create index notification_outbox_due_idx on notification_outbox (next_attempt_at)
    where status in ('PENDING', 'RETRY', 'THROTTLED');
create index notification_outbox_sending_idx on notification_outbox (claimed_at) where status = 'SENDING';
-- The per-phone rate limit counts a phone's recent SMS.
create index notification_outbox_phone_idx on notification_outbox (recipient_phone, sent_at)
    where channel = 'SMS' and status in ('SENT', 'LOGGED', 'SENDING');
create index notification_outbox_status_idx on notification_outbox (community_id, status, id desc);

-- Every attempt to deliver a message, appended: when, what the provider answered.
create table notification_outbox_attempt (
    community_id bigint       not null,
    id           bigint generated always as identity,
    outbox_id    bigint       not null,
    attempted_at timestamptz  not null,
    outcome      varchar(12)  not null,
    provider     varchar(20),
    detail       varchar(500),
    primary key (community_id, id),
    foreign key (community_id, outbox_id) references notification_outbox (community_id, id)
);
create index notification_outbox_attempt_message_idx on notification_outbox_attempt (community_id, outbox_id, id);
-- The metrics' backlog and failed counts read only the undelivered few, not the sent many.
create index notification_outbox_open_idx on notification_outbox (status, created_at)
    where status in ('PENDING', 'SENDING', 'RETRY', 'THROTTLED', 'FAILED');
