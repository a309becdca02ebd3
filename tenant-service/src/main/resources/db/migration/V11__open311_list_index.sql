-- Open311's public list (GET requests): newest first, filtered by status and privacy, paged with an offset. Walking
-- ix_complaint_tenant_received read every row to test status and privacy, about 4,500 rows for page 20 at a million
-- complaints. This index answers the ids alone ("Using index"); the page's 50 rows are then read by id.
CREATE INDEX ix_complaint_tenant_received_listing ON complaint (tenant_id, received_at, id, status, privacy_mode);
