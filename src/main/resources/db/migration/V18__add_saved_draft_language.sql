-- Issue 18: the language a saved draft is written in, so that it is checked by that language's conventions
-- whatever language a later reader asks for. Null for drafts saved before: read in the language negotiated.
alter table saved_draft add column language varchar(16);
