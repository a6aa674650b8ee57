-- A dunning case is a model now (issue 8): it is loaded, changed and saved with the version
-- check like every record with a status.
alter table dunning_case add column version int not null default 0;
