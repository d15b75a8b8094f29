-- Issue 6, administration: a stale edit of an account is refused with who changed it last, found by the
-- account's user name in the history's subject.
create index ix_history_subject on history_event (subject);
