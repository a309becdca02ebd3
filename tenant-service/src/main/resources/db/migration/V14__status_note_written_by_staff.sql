-- A complaint's status note is the note staff wrote with the last change of status; it is shown to the public once
-- the complaint is public. The reporter's own words when closing (rating comment) or reopening (reason) stay in the
-- timeline only (Complaint.statusNoteAsSeenBy). Complaints whose status note is such words lose it here.
UPDATE complaint SET status_note = NULL
WHERE status_note IS NOT NULL
  AND EXISTS (SELECT 1 FROM complaint_event e
              WHERE e.complaint_id = complaint.id
                AND e.event_type IN ('CLOSED', 'REOPENED')
                AND e.note = complaint.status_note);
