package id.pendopo.open311key;

import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantDataSection;
import id.pendopo.tenancy.TenantExportWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;

/**
 * A tenant's Open311 API keys in export, purge and usage counts. The export lists which keys existed and when
 * they were revoked, never their hashes: an export is handed to people, a hash is still a credential check.
 */
@ApplicationScoped
public class Open311ApiKeySection implements TenantDataSection {

    @Inject
    TenantData data;

    @Override
    public String name() {
        return "open311-api-keys";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public long count() {
        return data.em().createQuery("SELECT COUNT(k) FROM Open311ApiKey k", Long.class).getSingleResult();
    }

    @Override
    public void export(TenantExportWriter out) throws IOException {
        List<List<String>> rows = data.em().createQuery("SELECT k FROM Open311ApiKey k ORDER BY k.id", Open311ApiKey.class)
                .getResultStream()
                .map(k -> List.of(k.keyId(), k.name(), k.createdAt().toString(),
                        k.revokedAt().map(Object::toString).orElse("")))
                .toList();
        out.csv("open311_api_keys.csv", List.of("key_id", "name", "created_at", "revoked_at"), rows);
    }

    @Override
    public void purge() {
        data.em().createQuery("DELETE FROM Open311ApiKey k").executeUpdate();
    }
}
