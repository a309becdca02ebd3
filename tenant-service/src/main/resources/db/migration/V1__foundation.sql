-- Pendopo foundation: tenants, official regions, agencies (OPD) and tenant settings.
-- Portable between MySQL/MariaDB and H2 in MySQL mode. Every tenant-owned table carries tenant_id,
-- which EclipseLink's @Multitenant discriminator fills and filters.

CREATE TABLE tenant (
    id               VARCHAR(36)  NOT NULL,
    kode             VARCHAR(13)  NOT NULL,
    slug             VARCHAR(40)  NOT NULL,
    name             VARCHAR(120) NOT NULL,
    province_kode    VARCHAR(2)   NOT NULL,
    province_name    VARCHAR(120) NOT NULL,
    time_zone        VARCHAR(4)   NOT NULL,
    default_locale   VARCHAR(5)   NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    status_reason    VARCHAR(500),
    display_name     VARCHAR(120) NOT NULL,
    logo_url         VARCHAR(500),
    primary_color    VARCHAR(7)   NOT NULL,
    contact_name     VARCHAR(120),
    contact_email    VARCHAR(254),
    contact_phone    VARCHAR(40),
    identity_org_id  VARCHAR(64),
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT pk_tenant PRIMARY KEY (id),
    CONSTRAINT uk_tenant_kode UNIQUE (kode),
    CONSTRAINT uk_tenant_slug UNIQUE (slug)
);

CREATE TABLE region (
    kode         VARCHAR(13)  NOT NULL,
    nama         VARCHAR(200) NOT NULL,
    level        INT          NOT NULL,
    parent_kode  VARCHAR(13),
    CONSTRAINT pk_region PRIMARY KEY (kode)
);
CREATE INDEX ix_region_parent ON region (parent_kode);

CREATE TABLE agency (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   VARCHAR(36)  NOT NULL,
    code        VARCHAR(20)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_agency PRIMARY KEY (id),
    CONSTRAINT uk_agency_code UNIQUE (tenant_id, code),
    CONSTRAINT fk_agency_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

CREATE TABLE tenant_setting (
    tenant_id      VARCHAR(36)   NOT NULL,
    name           VARCHAR(80)   NOT NULL,
    setting_value  VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_tenant_setting PRIMARY KEY (tenant_id, name),
    CONSTRAINT fk_tenant_setting_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
