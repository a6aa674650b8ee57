-- Retiring registry records (decision 0014): a community, building, unit or parking space that
-- is no longer in service keeps its row (history, ledgers and reports refer to it) with the date
-- and the reason it was retired; who retired it is in the audit log. Lists, search and pickers
-- leave retired rows out unless asked for them.
alter table community
    add column retired_on     date,
    add column retired_reason varchar(200),
    add constraint community_retired_check check ((retired_on is null) = (retired_reason is null));
alter table building
    add column retired_on     date,
    add column retired_reason varchar(200),
    add constraint building_retired_check check ((retired_on is null) = (retired_reason is null));
alter table unit
    add column retired_on     date,
    add column retired_reason varchar(200),
    add constraint unit_retired_check check ((retired_on is null) = (retired_reason is null));
alter table parking_space
    add column retired_on     date,
    add column retired_reason varchar(200),
    add constraint parking_space_retired_check check ((retired_on is null) = (retired_reason is null));
