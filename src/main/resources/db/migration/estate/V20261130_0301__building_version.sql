-- Buildings can be changed (R1.1): optimistic locking like units and parking spaces.
alter table building add column version int not null default 0;
