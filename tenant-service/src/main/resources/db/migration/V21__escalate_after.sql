-- The deadline now running while nobody was told yet that it was missed (Complaint.escalateAfter): current_due_at
-- until the escalation sweep escalates it, then null; null too when nothing is due. The sweep reads this index
-- instead of every overdue complaint with a NOT EXISTS per row, which took seconds per run once tens of thousands of
-- missed deadlines were escalated. Rows from before get it unless their running deadline was escalated already.
ALTER TABLE complaint ADD COLUMN escalate_after DATETIME(6) NULL;
UPDATE complaint SET escalate_after = current_due_at
WHERE current_due_at < '9999-12-31 00:00:00'
  AND NOT EXISTS (SELECT 1 FROM complaint_escalation e
                  WHERE e.tenant_id = complaint.tenant_id AND e.complaint_id = complaint.id
                    AND e.due_at = complaint.current_due_at);
CREATE INDEX ix_complaint_escalate_after ON complaint (tenant_id, escalate_after, id);
