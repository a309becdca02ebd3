-- Complaint intake: tenant-owned categories, attachments, remembered idempotent requests, and the indexes the
-- staff inbox and Open311 reads need at a million complaints per tenant.

CREATE TABLE complaint_category (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(36)   NOT NULL,
    code          VARCHAR(40)   NOT NULL,
    name          VARCHAR(120)  NOT NULL,
    description   VARCHAR(1000),
    keywords      VARCHAR(500),
    active        BOOLEAN       NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT pk_complaint_category PRIMARY KEY (id),
    CONSTRAINT uk_complaint_category_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_complaint_category_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

CREATE TABLE complaint_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(36)   NOT NULL,
    complaint_id  BIGINT        NOT NULL,
    position      INT           NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    media_type    VARCHAR(40)   NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT pk_complaint_attachment PRIMARY KEY (id),
    CONSTRAINT fk_complaint_attachment_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_complaint_attachment_complaint ON complaint_attachment (complaint_id);

-- A request made with an Idempotency-Key, and the answer it got, so that a retry gets the same answer and
-- never a second complaint. The answer may hold a tracking secret, so it is erased after a day.
CREATE TABLE idempotent_request (
    tenant_id        VARCHAR(36)   NOT NULL,
    client_id        VARCHAR(100)  NOT NULL,
    idempotency_key  VARCHAR(100)  NOT NULL,
    request_hash     VARCHAR(64)   NOT NULL,
    response_status  INT           NOT NULL,
    response_body    VARCHAR(8000),
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT pk_idempotent_request PRIMARY KEY (tenant_id, client_id, idempotency_key),
    CONSTRAINT fk_idempotent_request_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_idempotent_request_created ON idempotent_request (created_at);

CREATE INDEX ix_complaint_tenant_received ON complaint (tenant_id, received_at, id);
CREATE INDEX ix_complaint_tenant_status_received ON complaint (tenant_id, status, received_at, id);
CREATE INDEX ix_complaint_tenant_category_received ON complaint (tenant_id, category_code, received_at, id);
CREATE INDEX ix_complaint_tenant_district_received ON complaint (tenant_id, district_code, received_at, id);
CREATE INDEX ix_complaint_tenant_updated ON complaint (tenant_id, updated_at, id);
CREATE INDEX ix_complaint_disposition_agency ON complaint_disposition (tenant_id, agency_id, complaint_id);
