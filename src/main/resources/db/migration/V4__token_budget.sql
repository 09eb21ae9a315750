-- Version 4: a provider's tokens-per-minute budget is shared like its requests: each grant holds the tokens it may
-- use (the request's estimate until the answer reports its usage). Grants made before this version held none.
alter table bf_rate_grant add column tokens bigint default 0 not null;
