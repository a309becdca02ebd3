-- Open311 API keys: each regency (jurisdiction) issues keys to the apps that post service requests for it.
-- A key is p311.<key_id>.<secret>; only the SHA-256 of the whole key is stored, and key_id finds the row.

CREATE TABLE open311_api_key (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(36)   NOT NULL,
    key_id        VARCHAR(16)   NOT NULL,
    name          VARCHAR(80)   NOT NULL,
    key_hash      VARCHAR(64)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    revoked_at    DATETIME(6),
    CONSTRAINT pk_open311_api_key PRIMARY KEY (id),
    CONSTRAINT uk_open311_api_key_key_id UNIQUE (key_id),
    CONSTRAINT fk_open311_api_key_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_open311_api_key_tenant ON open311_api_key (tenant_id, created_at);
