-- The coordinator's deadline (3 working days from receipt) covers verifying a report and sending it to the
-- responsible agencies, as LAPOR! SP4N counts it: a verified complaint not yet disposed is still on that clock, so its
-- current deadline (V15) is the verification deadline, not none.
UPDATE complaint SET current_due_at = verification_due_at WHERE status = 'VERIFIED';
