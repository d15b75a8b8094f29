-- Issue 9: failed sign-ins per user name, kept in the database so that every instance sees the same count and
-- lock. A row exists for any name typed (known or not), so a lock says nothing about whether the user exists.
create table login_failure (
    username          varchar(100)   not null primary key,
    failures          integer        not null,
    first_failure_at  timestamp with time zone not null,
    locked_until      timestamp with time zone
);

-- A lock is written in the history, by the sign-in itself.
alter table history_event drop constraint ck_history_source;
alter table history_event add constraint ck_history_source
    check (source in ('MANUAL', 'IMPORT', 'APPROVAL', 'ADMIN', 'SAMPLE', 'SIGN_IN'));
