-- The tenant's holiday calendar: national holidays, cuti bersama and regional holidays that, with the
-- weekend, are not working days for complaint SLAs. The column is holiday_date, not day: DAY is a reserved
-- word in H2.

CREATE TABLE holiday (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id     VARCHAR(36)  NOT NULL,
    holiday_date  DATE         NOT NULL,
    name          VARCHAR(120) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_holiday PRIMARY KEY (id),
    CONSTRAINT uk_holiday_date UNIQUE (tenant_id, holiday_date),
    CONSTRAINT fk_holiday_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
