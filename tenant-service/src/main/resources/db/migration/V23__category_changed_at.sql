-- When a complaint category last changed (ComplaintCategory.changedAt): made, renamed, switched on or off. Open311's
-- discovery publishes the latest as its changeset, which tells caching clients to read the services again.
ALTER TABLE complaint_category ADD COLUMN changed_at DATETIME(6) NULL;
UPDATE complaint_category SET changed_at = created_at;
