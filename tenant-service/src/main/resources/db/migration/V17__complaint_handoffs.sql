-- Pelimpahan: a complaint one regency declared not its own and forwarded to another regency of the platform
-- (ComplaintHandoff). The row is written with the forwarding, in its transaction; the receiving regency's copy is
-- created later, in a transaction that also marks the row DONE with the copy's tracking id, so a forwarded report
-- arrives exactly once. A platform table, like tenant: both regencies read it, every query names the tenant. No
-- foreign keys to tenant: when one regency is purged, the other keeps its record of what went where (with the names
-- as they were).
CREATE TABLE complaint_handoff (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    source_tenant_id    VARCHAR(36)   NOT NULL,
    source_name         VARCHAR(200)  NOT NULL,
    source_tracking_id  VARCHAR(13)   NOT NULL,
    target_tenant_id    VARCHAR(36)   NOT NULL,
    target_name         VARCHAR(200)  NOT NULL,
    note                VARCHAR(4000),
    status              VARCHAR(12)   NOT NULL,
    attempts            INT           NOT NULL,
    next_attempt_at     DATETIME(6)   NOT NULL,
    last_error          VARCHAR(500),
    target_tracking_id  VARCHAR(13),
    created_at          DATETIME(6)   NOT NULL,
    done_at             DATETIME(6),
    CONSTRAINT pk_complaint_handoff PRIMARY KEY (id),
    CONSTRAINT uq_complaint_handoff_source UNIQUE (source_tracking_id)
);
CREATE INDEX ix_complaint_handoff_target ON complaint_handoff (target_tenant_id, target_tracking_id);
CREATE INDEX ix_complaint_handoff_due ON complaint_handoff (status, next_attempt_at);
