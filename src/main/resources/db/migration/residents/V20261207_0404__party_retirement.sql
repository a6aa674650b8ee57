-- Retiring a resident (decision 0014): a person or company no longer in service (a duplicate
-- record, a company wound up, a person who died once their units were transferred) keeps the row
-- that ownership history, work orders and desk records refer to, with the date and the reason.
-- Lists, search and pickers leave retired parties out unless asked for them.
alter table party
    add column retired_on     date,
    add column retired_reason varchar(200),
    add constraint party_retired_check check ((retired_on is null) = (retired_reason is null));
