-- Issue 10: when several instances share the database, each scheduled job (backups, clean-ups) runs on one of
-- them only: the instance that takes the job's row here runs it, the others skip that run (ShedLock's table).
create table shedlock (
    name        varchar(64)   not null primary key,
    lock_until  timestamp(3)  not null,
    locked_at   timestamp(3)  not null,
    locked_by   varchar(255)  not null
);
