-- Complaints (laporan) of the LAPOR! SP4N workflow, their timeline, conversation and dispositions to agencies.
-- Portable between MySQL/MariaDB and H2 in MySQL/LEGACY mode. Every table carries tenant_id for EclipseLink's
-- @Multitenant discriminator; the tracking id alone is unique across all tenants, because citizens and the
-- national LAPOR! connector look complaints up by it.

CREATE TABLE complaint (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id             VARCHAR(36)   NOT NULL,
    tracking_id           VARCHAR(13)   NOT NULL,
    complaint_type        VARCHAR(24)   NOT NULL,
    category_code         VARCHAR(40)   NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    description           VARCHAR(4000) NOT NULL,
    district_code         VARCHAR(13)   NOT NULL,
    village_code          VARCHAR(13),
    address               VARCHAR(500),
    latitude              DOUBLE,
    longitude             DOUBLE,
    channel               VARCHAR(16)   NOT NULL,
    reporter_name         VARCHAR(120),
    reporter_phone        VARCHAR(40),
    reporter_email        VARCHAR(254),
    tracking_secret_hash  VARCHAR(200)  NOT NULL,
    privacy_mode          VARCHAR(12)   NOT NULL,
    status                VARCHAR(24)   NOT NULL,
    status_note           VARCHAR(4000),
    forwarded_to_tenant   VARCHAR(40),
    archive_reason        VARCHAR(12),
    duplicate_of          VARCHAR(13),
    rating                INT,
    reopen_count          INT           NOT NULL,
    received_at           DATETIME(6)   NOT NULL,
    verification_due_at   DATETIME(6)   NOT NULL,
    follow_up_due_at      DATETIME(6),
    resolved_at           DATETIME(6),
    reopenable_until      DATETIME(6),
    closed_at             DATETIME(6),
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT pk_complaint PRIMARY KEY (id),
    CONSTRAINT uk_complaint_tracking_id UNIQUE (tracking_id),
    CONSTRAINT fk_complaint_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_complaint_tenant_status ON complaint (tenant_id, status);

CREATE TABLE complaint_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(36)   NOT NULL,
    complaint_id  BIGINT        NOT NULL,
    event_type    VARCHAR(32)   NOT NULL,
    status_after  VARCHAR(24)   NOT NULL,
    actor_id      VARCHAR(64)   NOT NULL,
    actor_name    VARCHAR(120)  NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    note          VARCHAR(4000),
    CONSTRAINT pk_complaint_event PRIMARY KEY (id),
    CONSTRAINT fk_complaint_event_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_complaint_event_complaint ON complaint_event (complaint_id, occurred_at);

CREATE TABLE complaint_message (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(36)   NOT NULL,
    complaint_id  BIGINT        NOT NULL,
    visibility    VARCHAR(16)   NOT NULL,
    author_id     VARCHAR(64)   NOT NULL,
    author_name   VARCHAR(120)  NOT NULL,
    body          VARCHAR(4000) NOT NULL,
    posted_at     DATETIME(6)   NOT NULL,
    CONSTRAINT pk_complaint_message PRIMARY KEY (id),
    CONSTRAINT fk_complaint_message_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_complaint_message_complaint ON complaint_message (complaint_id, posted_at);

CREATE TABLE complaint_disposition (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       VARCHAR(36)   NOT NULL,
    complaint_id    BIGINT        NOT NULL,
    agency_id       BIGINT        NOT NULL,
    disposed_at     DATETIME(6)   NOT NULL,
    response        VARCHAR(4000),
    responded_at    DATETIME(6),
    responder_id    VARCHAR(64),
    responder_name  VARCHAR(120),
    CONSTRAINT pk_complaint_disposition PRIMARY KEY (id),
    CONSTRAINT uk_complaint_disposition UNIQUE (complaint_id, agency_id),
    CONSTRAINT fk_complaint_disposition_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
    CONSTRAINT fk_complaint_disposition_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
);
