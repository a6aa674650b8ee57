-- Issue 10 item 11: gas meters (煤气表, R8.3) need no column (meter.kind is free text: GAS); the
-- custodial limits are counted per month (the default) or over the whole custody period, as
-- the seed says ("托管期间水表不超过5º，电表不超过20º"). For the latter the meters module keeps the
-- day each unit was put in custody; units in custody before this change have no start and are
-- counted per month.
alter table meter_settings add column custodial_basis varchar(16) not null default 'MONTH';

create table meter_custody (
    community_id bigint not null,
    unit_id      bigint not null,
    since        date   not null,
    primary key (community_id, unit_id)
);
