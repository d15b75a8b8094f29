-- Issue 18: sign-ins are slowed down by client address and by user name together, instead of locking a user
-- name for everybody (which let anyone lock out anyone, the administrator included). Kept in the database, so
-- that every instance sees the same counts (account.SignInThrottle, docs/decisions/012-sign-in-throttling.md).
--   ADDRESS: wrong passwords from one client address, whatever the name (account is '')
--   ACCOUNT: wrong passwords for one user name, from any address (address is '')
--   PAIR:    wrong passwords for one user name from one address
create table sign_in_throttle (
    scope            varchar(8)    not null,
    account          varchar(100)  not null,
    address          varchar(64)   not null,
    failures         integer       not null,
    last_failure_at  timestamp with time zone not null,
    wait_until       timestamp with time zone,
    constraint pk_sign_in_throttle primary key (scope, account, address),
    constraint ck_sign_in_throttle_scope check (scope in ('ADDRESS', 'ACCOUNT', 'PAIR'))
);

-- The lock by user name alone (V8) is gone; its counts are of no use to the new rule.
drop table login_failure;
