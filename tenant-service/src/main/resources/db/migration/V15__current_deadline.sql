-- The deadline that applies in a complaint's current status (Complaint.currentDue): verification while RECEIVED or
-- DEFERRED, follow-up while DISPOSED, else a far-future marker so that such complaints sort last. The inbox's "due
-- soonest" order reads it through the index below instead of sorting every matching row.
ALTER TABLE complaint ADD COLUMN current_due_at DATETIME(6) NOT NULL DEFAULT '9999-12-31 00:00:00';
UPDATE complaint SET current_due_at = CASE
    WHEN status IN ('RECEIVED', 'DEFERRED') THEN verification_due_at
    WHEN status = 'DISPOSED' AND follow_up_due_at IS NOT NULL THEN follow_up_due_at
    ELSE '9999-12-31 00:00:00' END;
CREATE INDEX ix_complaint_current_due ON complaint (tenant_id, current_due_at, id);
