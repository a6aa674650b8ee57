-- Login throttling per (username, client address), per username and per client address
-- (issue 9 items 7 and 8). An attempt is counted before its password is checked, under a row
-- lock, so parallel guesses cannot slip past the limit. Replaces login_failure, which counted
-- failures after the check; its rows are only minutes of history and are not carried over.
drop table login_failure;

-- One username from one client address: a hard limit per window; a success clears it and
-- marks the address as one the account signs in from.
create table login_attempt_pair (
    username        varchar(50) not null,
    client_ip       varchar(45) not null,
    attempts        int         not null,
    window_start    timestamptz not null,
    last_success_at timestamptz,
    primary key (username, client_ip)
);

-- One username from any address: growing delays after a number of free attempts, never a lock.
create table login_attempt_user (
    username        varchar(50) primary key,
    attempts        int         not null,
    last_attempt_at timestamptz not null,
    next_attempt_at timestamptz not null
);

-- One client address for any usernames (password spraying): a hard limit per window.
create table login_attempt_address (
    client_ip    varchar(45) primary key,
    attempts     int         not null,
    window_start timestamptz not null
);
