-- Webhook signing secrets are stored sealed (AES-GCM under the platform key, WebhookSecrets), which is longer than
-- the secret itself. New, wider columns take over; ADD/DROP COLUMN reads the same in H2 and MySQL/MariaDB, unlike
-- changing a column's type. Secrets stored before this stay as they are until rotated; WebhookSecrets tells them apart.
ALTER TABLE webhook_subscription ADD COLUMN signing_secret VARCHAR(255);
ALTER TABLE webhook_subscription ADD COLUMN previous_signing_secret VARCHAR(255);
UPDATE webhook_subscription SET signing_secret = secret, previous_signing_secret = previous_secret;
ALTER TABLE webhook_subscription DROP COLUMN secret;
ALTER TABLE webhook_subscription DROP COLUMN previous_secret;
