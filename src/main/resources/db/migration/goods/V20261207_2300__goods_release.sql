-- Goods release passes (物品放行条, R10.2; seed 002 "对小区内住户、商家及单位搬家或物品搬出小区，应请客户办理物品放行
-- 申请，持放行条交门岗安护员核对无误后出小区", seed 003 "办理装修工人的物品放行，联系业主确认无误，完整填写《物品放行条》，
-- 让装修工人交至保安门岗保安员放行"): who asks, what leaves, the plate and the valid time, the owner's
-- confirmation, and the gate's release or refusal. Units and parties belong to other modules: by id only.
create table goods_pass (
    community_id         bigint        not null,
    id                   bigint generated always as identity,
    number               varchar(30)   not null,
    unit_id              bigint        not null,
    unit_label           varchar(60)   not null,
    requester_kind       varchar(10)   not null,
    requester_party_id   bigint,
    requester_name       varchar(100)  not null,
    plate                varchar(10),
    valid_from           timestamptz   not null,
    valid_until          timestamptz   not null,
    status               varchar(10)   not null,
    consent_method       varchar(10),
    consent_party_id     bigint,
    consent_name         varchar(100),
    consent_at           timestamptz,
    consent_note         varchar(200),
    consent_recorded_by  varchar(100),
    requested_at         timestamptz   not null,
    requested_by         varchar(100)  not null,
    used_at              timestamptz,
    released_by          varchar(100),
    version              int           not null default 0,
    primary key (community_id, id),
    unique (community_id, number),
    check (valid_until > valid_from)
);
create index goods_pass_status_idx on goods_pass (community_id, status, valid_until);
create index goods_pass_unit_idx on goods_pass (community_id, unit_id, id);

-- What leaves, line by line, as written on the pass; never changed once the pass exists.
create table goods_pass_item (
    community_id bigint        not null,
    pass_id      bigint        not null,
    line         int           not null,
    description  varchar(100)  not null,
    quantity     int           not null check (quantity > 0),
    primary key (community_id, pass_id, line),
    foreign key (community_id, pass_id) references goods_pass (community_id, id)
);

-- The pass's history, appended: requested, confirmed with the owner, released or refused at the
-- gate (with the reason), expired, cancelled.
create table goods_pass_step (
    community_id bigint        not null,
    id           bigint generated always as identity,
    pass_id      bigint        not null,
    action       varchar(10)   not null,
    status       varchar(10)   not null,
    occurred_at  timestamptz   not null,
    actor        varchar(100)  not null,
    note         varchar(300),
    primary key (community_id, id),
    foreign key (community_id, pass_id) references goods_pass (community_id, id)
);
create index goods_pass_step_pass_idx on goods_pass_step (community_id, pass_id, id);

create function goods_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;
create trigger goods_pass_item_append_only before update or delete on goods_pass_item
    for each row execute function goods_append_only();
create trigger goods_pass_step_append_only before update or delete on goods_pass_step
    for each row execute function goods_append_only();
