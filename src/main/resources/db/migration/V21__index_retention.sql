-- Issue 19: personal data is purged once past its retention (followup.retention.*), tenant by tenant, each
-- purge seeking the tenant's rows by the time they last changed. Interviews need no new index: their purge
-- seeks (tenant_id, modified_at, id) of V2 and reads end_at on the row.
create index ix_candidate_profile_modified on candidate_profile (tenant_id, modified_at, id);
-- A feed is only created or replaced, never changed: created_at is its last change.
create index ix_calendar_feed_created on calendar_feed (tenant_id, created_at, owner_id);
create index ix_saved_draft_modified on saved_draft (tenant_id, modified_at, follow_up_id);
