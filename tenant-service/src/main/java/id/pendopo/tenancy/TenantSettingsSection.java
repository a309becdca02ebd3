package id.pendopo.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;

/** A tenant's settings in export, purge and usage counts. */
@ApplicationScoped
public class TenantSettingsSection implements TenantDataSection {

    @Inject
    TenantData data;

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public long count() {
        return data.em().createQuery("SELECT COUNT(s) FROM TenantSetting s", Long.class).getSingleResult();
    }

    @Override
    public void export(TenantExportWriter out) throws IOException {
        List<List<String>> rows = data.em()
                .createQuery("SELECT s FROM TenantSetting s ORDER BY s.name", TenantSetting.class)
                .getResultStream().map(s -> List.of(s.name(), s.value())).toList();
        out.csv("settings.csv", List.of("name", "value"), rows);
    }

    @Override
    public void purge() {
        data.em().createQuery("DELETE FROM TenantSetting s").executeUpdate();
    }
}
