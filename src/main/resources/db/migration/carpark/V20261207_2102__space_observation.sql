-- What the guard saw walking the car park (issue 14, R1.2): a plate on a space of the registry, or
-- on no numbered space, on a day of the community. The monthly space check compares these and the
-- vehicles inside by the entry log with the cards and the vehicle registry. What was seen is never
-- changed: a wrong reading shows up as a finding, which the manager resolves with a note.
create table space_observation (
    community_id bigint       not null,
    id           bigint generated always as identity,
    observed_at  timestamptz  not null,
    observed_on  date         not null,
    space_id     bigint,
    space_code   varchar(20),
    plate        varchar(10)  not null,
    note         varchar(200),
    observed_by  varchar(100) not null,
    primary key (community_id, id),
    check ((space_id is null) = (space_code is null))
);
create index space_observation_on on space_observation (community_id, observed_on);
create trigger space_observation_append_only before update or delete on space_observation
    for each row execute function carpark_append_only();
