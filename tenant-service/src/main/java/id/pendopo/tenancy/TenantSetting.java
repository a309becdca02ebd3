package id.pendopo.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One named setting of a tenant, e.g. {@code complaint.verification-days = 3}. */
@Entity
@Table(name = "tenant_setting")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36)
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
