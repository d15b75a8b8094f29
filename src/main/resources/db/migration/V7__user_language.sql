-- Issue 7: the language each person chose in the header (fr, ar or en), remembered across sessions and
-- devices. Empty until they choose: their browser's language is used meanwhile.
alter table user_account add column preferred_language varchar(8);
