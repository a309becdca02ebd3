-- When the complaint's status last changed (Complaint.statusChangedAt): Open311's updated_datetime, which for a
-- closed request must be when it was closed. updated_at also moves for internal notes and deadline recounts, which
-- no client may see. Rows from before take the time of their last status-changing timeline entry, else their receipt.
ALTER TABLE complaint ADD COLUMN status_changed_at DATETIME(6) NULL;
UPDATE complaint SET status_changed_at = COALESCE(
    (SELECT MAX(e.occurred_at) FROM complaint_event e
     WHERE e.complaint_id = complaint.id
       AND (e.event_type IN ('RECEIVED', 'DEFERRED', 'VERIFIED', 'FORWARDED', 'DECLARED_NOT_OUR_JURISDICTION',
                             'ARCHIVED', 'DISPOSED', 'RESOLVED', 'CLOSED', 'AUTO_CLOSED', 'REOPENED')
            OR (e.event_type = 'AGENCY_RESPONDED' AND e.status_after = 'FOLLOWED_UP'))),
    received_at);
