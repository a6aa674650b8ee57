-- An owner's authorisation (委托书) of another person to act for them on a unit: to receive the
-- unit at move-in, borrow its keys, apply for renovation (R8.1, R9.1, R10.1: "不熟悉的人员借用单元钥匙
-- 需核对身份确认是业主后方可借用"). The scanned paper is kept in the unit's archive (its document id);
-- the proxy is a party of the community, with the ID number checked against the one presented.
create table authorisation (
    community_id   bigint       not null,
    id             bigint generated always as identity,
    unit_id        bigint       not null,
    owner_party_id bigint       not null,
    proxy_party_id bigint       not null,
    purpose        varchar(100) not null,
    valid_from     date         not null,
    valid_until    date,
    document_id    bigint,
    revoked_on     date,
    created_at     timestamptz  not null,
    created_by     varchar(100) not null,
    version        int          not null default 0,
    primary key (community_id, id),
    foreign key (community_id, owner_party_id) references party (community_id, id),
    foreign key (community_id, proxy_party_id) references party (community_id, id),
    check (valid_until is null or valid_until >= valid_from),
    check (owner_party_id <> proxy_party_id)
);
create index authorisation_unit_idx on authorisation (community_id, unit_id, proxy_party_id);
