-- A webhook's signing secret can be rotated: the old one keeps signing (next to the new one) until
-- previous_secret_until, so a receiver can switch without losing deliveries.
ALTER TABLE webhook_subscription ADD COLUMN previous_secret VARCHAR(100);
ALTER TABLE webhook_subscription ADD COLUMN previous_secret_until DATETIME(6);
