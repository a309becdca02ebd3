package id.pendopo.agency;

import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantDataSection;
import id.pendopo.tenancy.TenantExportWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;

/** A tenant's agencies in export, purge and usage counts. */
@ApplicationScoped
public class AgencySection implements TenantDataSection {

    @Inject
    TenantData data;

    @Inject
    AgencyRepository agencies;

    @Override
    public String name() {
        return "agencies";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public long count() {
        return agencies.count();
    }

    @Override
    public void export(TenantExportWriter out) throws IOException {
        List<List<String>> rows = agencies.all().stream()
                .map(a -> List.of(String.valueOf(a.id()), a.code(), a.name(), String.valueOf(a.active()),
                        a.createdAt().toString()))
                .toList();
        out.csv("agencies.csv", List.of("id", "code", "name", "active", "created_at"), rows);
    }

    @Override
    public void purge() {
        data.em().createQuery("DELETE FROM Agency a").executeUpdate();
    }
}
