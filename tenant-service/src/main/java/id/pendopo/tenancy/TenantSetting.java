package id.pendopo.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One named setting of a tenant, e.g. {@code complaint.verification-days = 3}. Every tenant has a row of the same
 * name, so the tenant is part of the identity ({@code primaryKey = true}, as in the table's key): without it
 * EclipseLink would update a setting by its name alone, in every tenant at once, and an EntityManager that
 * served two tenants would take one's row for the other's.
 */
@Entity
@Table(name = "tenant_setting")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36, primaryKey = true)
public class TenantSetting {

    @Id
    @Column(name = "name", length = 80)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    protected TenantSetting() {
    }

    public TenantSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }

    public void change(String value) {
        this.value = value;
    }
}
