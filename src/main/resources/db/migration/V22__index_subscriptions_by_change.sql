-- Issue 19: a candidate's own webhook subscriptions are purged with their profile's retention, seeking the
-- tenant's subscriptions by the time they last changed.
create index ix_webhook_subscription_modified on webhook_subscription (tenant_id, modified_at, id);
