-- Notifications: an outbox of messages to reporters and staff (email, SMS), the record of escalated deadlines,
-- and outbound webhooks of API clients with their delivery log. Rows are written in the transaction of the
-- complaint change they announce and sent afterwards by sweeps that retry with backoff.

CREATE TABLE notification_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id        VARCHAR(36)   NOT NULL,
    channel          VARCHAR(16)   NOT NULL,
    purpose          VARCHAR(24)   NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    body             VARCHAR(8000) NOT NULL,
    tracking_id      VARCHAR(13),
    status           VARCHAR(12)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  DATETIME(6)   NOT NULL,
    last_error       VARCHAR(500),
    created_at       DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6),
    CONSTRAINT pk_notification_outbox PRIMARY KEY (id),
    CONSTRAINT fk_notification_outbox_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_notification_outbox_due ON notification_outbox (tenant_id, status, next_attempt_at, id);

-- One row per complaint and missed deadline: a deadline is escalated once, a new deadline (after a reopening)
-- once more.
CREATE TABLE complaint_escalation (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id      VARCHAR(36)   NOT NULL,
    complaint_id   BIGINT        NOT NULL,
    tracking_id    VARCHAR(13)   NOT NULL,
    deadline       VARCHAR(16)   NOT NULL,
    due_at         DATETIME(6)   NOT NULL,
    escalated_at   DATETIME(6)   NOT NULL,
    recipients     INT           NOT NULL,
    CONSTRAINT pk_complaint_escalation PRIMARY KEY (id),
    CONSTRAINT uk_complaint_escalation UNIQUE (tenant_id, complaint_id, deadline, due_at),
    CONSTRAINT fk_complaint_escalation_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

CREATE TABLE webhook_subscription (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id    VARCHAR(36)   NOT NULL,
    client_id    VARCHAR(100),
    created_by   VARCHAR(100)  NOT NULL,
    url          VARCHAR(2000) NOT NULL,
    secret       VARCHAR(100)  NOT NULL,
    events       VARCHAR(1000) NOT NULL,
    active       BOOLEAN       NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT pk_webhook_subscription PRIMARY KEY (id),
    CONSTRAINT fk_webhook_subscription_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_webhook_subscription_client ON webhook_subscription (tenant_id, client_id);

CREATE TABLE webhook_delivery (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id         VARCHAR(36)   NOT NULL,
    subscription_id   BIGINT        NOT NULL,
    event_id          VARCHAR(36)   NOT NULL,
    event_type        VARCHAR(32)   NOT NULL,
    tracking_id       VARCHAR(13)   NOT NULL,
    payload           VARCHAR(8000) NOT NULL,
    status            VARCHAR(12)   NOT NULL,
    attempts          INT           NOT NULL,
    next_attempt_at   DATETIME(6)   NOT NULL,
    last_status_code  INT,
    last_error        VARCHAR(500),
    created_at        DATETIME(6)   NOT NULL,
    last_attempt_at   DATETIME(6),
    delivered_at      DATETIME(6),
    CONSTRAINT pk_webhook_delivery PRIMARY KEY (id),
    CONSTRAINT uk_webhook_delivery_event UNIQUE (subscription_id, event_id),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (tenant_id, status, next_attempt_at, id);
CREATE INDEX ix_webhook_delivery_log ON webhook_delivery (subscription_id, created_at, id);
