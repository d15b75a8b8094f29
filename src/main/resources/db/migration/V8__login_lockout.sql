-- Issue 9: failed sign-ins per user name, kept in the database so that every instance sees the same count and
-- lock. A row exists for any name typed (known or not), so a lock says nothing about whether the user exists.
create table login_failure (
    username          varchar(100)   not null primary key,
    failures          integer        not null,
    first_failure_at  timestamp with time zone not null,
    locked_until      timestamp with time zone
);
