-- An attempt to send a message or a webhook delivery is open from its claim until its outcome is recorded. A claim
-- that finds the previous attempt still open knows that attempt never finished (the node stopped or crashed during
-- it, or it outlived its lease) and counts it as a failed attempt, so a message that brings its sender down is
-- dead-lettered on the retry schedule instead of being taken up again for ever.
ALTER TABLE notification_outbox ADD COLUMN attempt_open BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE webhook_delivery ADD COLUMN attempt_open BOOLEAN NOT NULL DEFAULT FALSE;
