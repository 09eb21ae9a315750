-- Version 3: several servers on one store. Each server is an instance with an identity and a heartbeat; a run is
-- owned by the instance executing it (none while queued), and each execution records the instance that ran it.
-- Model calls per provider key and minute are counted here so that instances share a provider's rate limit.

create table bf_instance (
    id varchar(36) not null primary key,
    name varchar(100) not null,
    state varchar(20) not null,
    capacity integer not null,
    startedat timestamp not null,
    heartbeatat timestamp not null,
    endedat timestamp,
    endreason varchar(200)
);
create index bf_instance_state on bf_instance (state);

alter table bf_run add column owner varchar(36);
create index bf_run_owner on bf_run (owner);

alter table bf_run_execution add column instanceid varchar(36);

create sequence bf_rate_grant_seq start with 50 increment by 50;

-- one row per provider key (a hash of provider, address and key; never the key): its lock orders the instances'
-- grants, and it holds the pause a 429 with Retry-After asks of everyone
create table bf_rate_key (
    providerkey varchar(64) not null primary key,
    pauseduntil timestamp
);

-- the requests granted in the last minute, per provider key
create table bf_rate_grant (
    id bigint not null primary key,
    providerkey varchar(64) not null,
    grantedat timestamp not null
);
create index bf_rate_grant_key on bf_rate_grant (providerkey, grantedat);
