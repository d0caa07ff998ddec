-- Reading one interview's plan (issue 16): tenant, interview and owner, in the plan's order. The query
-- names the owner too (isolation), so without this index PostgreSQL could serve it from the owner-wide
-- agenda index and filter every follow-up of a candidate with thousands of interviews, as it did on
-- statistics taken when the table was empty. With interview and owner both in the key, this index
-- matches every condition and the order, so it costs less than the agenda index even on such statistics.
create index ix_follow_up_interview on follow_up (tenant_id, interview_id, owner_id, earliest_at, id);
