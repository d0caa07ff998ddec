-- A failing receiver gets one delivery at a time, no sooner than this (issue 14: a dead receiver costs a
-- probe per interval, not an attempt for each delivery waiting for it).
alter table webhook_subscription add column next_probe_at timestamp(6) with time zone;
