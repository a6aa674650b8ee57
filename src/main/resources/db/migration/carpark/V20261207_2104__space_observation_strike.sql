-- A wrong reading on the guard's walk struck out (issue 14 follow-up, R1.2): the observation stays
-- as it was written (append-only); the strike is a row of its own with who, when and why, at most
-- one per observation. The monthly space check leaves struck observations out, so a plate misread
-- on the walk no longer shows as a finding once the check runs again.
create table space_observation_strike (
    community_id   bigint       not null,
    observation_id bigint       not null,
    struck_at      timestamptz  not null,
    struck_by      varchar(100) not null,
    reason         varchar(200) not null,
    primary key (community_id, observation_id),
    foreign key (community_id, observation_id) references space_observation (community_id, id)
);
create trigger space_observation_strike_append_only before update or delete on space_observation_strike
    for each row execute function carpark_append_only();
