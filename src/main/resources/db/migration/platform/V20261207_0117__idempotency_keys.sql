-- Issue 9 item 16: every Idempotency-Key a write honoured, with the fingerprint of the request it
-- answered (SHA-256 of the operation and its canonical body), so that the key sent again with a
-- different body is refused (422) instead of answering the first result. Written in the request's
-- transaction: a request that failed leaves no key behind. The scope is the feature whose
-- requests share a key space (payment, workorder, desk, ...).
create table idempotency_key (
    community_id bigint      not null,
    scope        varchar(40) not null,
    key          text        not null,
    fingerprint  char(64)    not null,
    created_at   timestamptz not null,
    primary key (community_id, scope, key)
);
