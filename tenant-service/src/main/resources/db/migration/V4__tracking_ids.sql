-- Tracking ids of complaints (e.g. LKT-26-000123): a platform-unique three-letter prefix per tenant, and a
-- per-tenant, per-year sequence that intake locks row by row.

ALTER TABLE tenant ADD COLUMN tracking_prefix VARCHAR(3);
CREATE UNIQUE INDEX uk_tenant_tracking_prefix ON tenant (tracking_prefix);

CREATE TABLE complaint_sequence (
    tenant_id   VARCHAR(36) NOT NULL,
    seq_year    INT         NOT NULL,
    next_value  BIGINT      NOT NULL,
    CONSTRAINT pk_complaint_sequence PRIMARY KEY (tenant_id, seq_year),
    CONSTRAINT fk_complaint_sequence_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

DELETE FROM tenant_setting WHERE name = 'complaint.tracking-prefix';
