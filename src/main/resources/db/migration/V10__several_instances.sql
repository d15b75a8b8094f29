-- Issue 10: several Marsad instances may share one database (PostgreSQL).

-- Each scheduled job (backups, clean-ups) runs on one instance only: the instance that takes the job's row here
-- runs it, the others skip that run (ShedLock's table, see base.SingleInstanceJobs).
create table shedlock (
    name        varchar(64)   not null primary key,
    lock_until  timestamp(3)  not null,
    locked_at   timestamp(3)  not null,
    locked_by   varchar(255)  not null
);

-- Instances started together take turns to seed targets, demo accounts and sample figures: each start-up step
-- first locks this one row (base.StartupTurn), so the second finds the first's rows instead of adding them again.
create table startup_turn (
    id  integer  not null primary key
);
insert into startup_turn (id) values (1);

-- An administrator who disables an account or resets its password ends its browser sessions on every instance:
-- the instance where the change is made ends its own at once, the others when they next see this time
-- (base.security.EndedSessionFilter).
alter table user_account add column sessions_ended_at timestamp with time zone;
