-- The days of the national holiday list already offered to each tenant's calendar (NationalHolidayOffer), so that
-- new national days reach existing regencies once, and a day the admin deleted is not brought back. Every day a
-- tenant has a holiday on counts as offered; before this table, the national list was offered at provisioning.
CREATE TABLE national_holiday_offer (
    tenant_id     VARCHAR(36)  NOT NULL,
    holiday_date  DATE         NOT NULL,
    CONSTRAINT pk_national_holiday_offer PRIMARY KEY (tenant_id, holiday_date),
    CONSTRAINT fk_national_holiday_offer_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
INSERT INTO national_holiday_offer (tenant_id, holiday_date) SELECT tenant_id, holiday_date FROM holiday;
