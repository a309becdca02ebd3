package id.pendopo.tenancy;

import id.pendopo.identity.IdentityDirectory;
import id.pendopo.shared.cluster.Cluster;
import id.pendopo.shared.cluster.PlatformEvent;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The platform operator's actions on tenants: find, suspend, reactivate, archive, purge, export and usage.
 * The console and the operator API both call this, so both follow the same rules.
 */
@ApplicationScoped
public class TenantAdministration {

    private static final Logger LOG = Logger.getLogger(TenantAdministration.class.getName());

    @Inject
    TenantRepository tenants;

    @Inject
    Instance<TenantDataSection> sections;

    @Inject
    IdentityDirectory identity;

    @Inject
    Transactions tx;

    @Inject
    Clock clock;

    @Inject
    Cluster cluster;

    @Inject
    TenantAccess access;

    @Transactional
    public List<Tenant> search(String text, TenantStatus status, int first, int max) {
        return tenants.search(text, status, first, max);
    }

    @Transactional
    public long count(String text, TenantStatus status) {
        return tenants.count(text, status);
    }

    @Transactional
    public Tenant get(String slug) {
        return tenants.findBySlug(slug).orElseThrow(() -> new NotFoundException("Tenant", slug));
    }

    @Transactional
    public Tenant suspend(String slug, String reason) {
        Tenant t = get(slug);
        t.suspend(reason, clock.instant());
        cluster.publish(new PlatformEvent("tenant.suspended", t.id(), slug, clock.instant()));
        access.forget(t);
        return t;
    }

    @Transactional
    public Tenant reactivate(String slug) {
        Tenant t = get(slug);
        t.reactivate(clock.instant());
        cluster.publish(new PlatformEvent("tenant.reactivated", t.id(), slug, clock.instant()));
        access.forget(t);
        return t;
    }

    @Transactional
    public Tenant archive(String slug, String reason) {
        Tenant t = get(slug);
        t.archive(reason, clock.instant());
        cluster.publish(new PlatformEvent("tenant.archived", t.id(), slug, clock.instant()));
        access.forget(t);
        return t;
    }

    /** Rows per kind of tenant-owned data, e.g. {@code agencies=17}. */
    @Transactional
    public Map<String, Long> usage(String slug) {
        Tenant t = get(slug);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (TenantContext.Scope s = TenantContext.enter(t.ref())) {
            for (TenantDataSection section : ordered()) {
                counts.put(section.name(), section.count());
            }
        }
        return counts;
    }

    /** Writes a zip with {@code tenant.json} and one file per data section. */
    @Transactional
    public void export(String slug, OutputStream out) {
        Tenant t = get(slug);
        try (TenantContext.Scope s = TenantContext.enter(t.ref()); TenantExportWriter w = new TenantExportWriter(out)) {
            w.json("tenant.json", describe(t).build());
            for (TenantDataSection section : ordered()) {
                section.export(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Export of " + slug + " failed", e);
        }
    }

    /**
     * Deletes an archived tenant for good: every section's rows, the tenant record, and its accounts and
     * organization in the identity provider. The operator must type the slug to confirm.
     */
    public void purge(String slug, String typedSlug) {
        Tenant tenant = tx.inNew(() -> {
            Tenant t = get(slug);
            t.checkPurgeAllowed(typedSlug);
            return t;
        });
        identity.deleteTenantIdentities(slug);
        tx.runInNew(() -> {
            Tenant t = get(slug);
            try (TenantContext.Scope s = TenantContext.enter(t.ref())) {
                List<TenantDataSection> reversed = ordered();
                java.util.Collections.reverse(reversed);
                reversed.forEach(TenantDataSection::purge);
            }
            tenants.remove(t);
        });
        access.forget(tenant);
        cluster.publish(new PlatformEvent("tenant.purged", tenant.id(), slug, clock.instant()));
        LOG.info(() -> "Purged tenant " + slug);
    }

    public static JsonObjectBuilder describe(Tenant t) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", t.id())
                .add("kode", t.kode())
                .add("slug", t.slug())
                .add("name", t.name())
                .add("provinceKode", t.provinceKode())
                .add("provinceName", t.provinceName())
                .add("timeZone", t.timeZone().name())
                .add("locale", t.defaultLocale().toLanguageTag())
                .add("status", t.status().name())
                .add("displayName", t.branding().displayName())
                .add("primaryColor", t.branding().primaryColor())
                .add("createdAt", t.createdAt().toString())
                .add("updatedAt", t.updatedAt().toString());
        addIfPresent(b, "statusReason", t.statusReason());
        addIfPresent(b, "logoUrl", t.branding().logoUrl());
        addIfPresent(b, "contactName", t.contact() == null ? null : t.contact().name());
        addIfPresent(b, "contactEmail", t.contact() == null ? null : t.contact().email());
        addIfPresent(b, "contactPhone", t.contact() == null ? null : t.contact().phone());
        return b;
    }

    private static void addIfPresent(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private List<TenantDataSection> ordered() {
        return sections.stream().sorted(Comparator.comparingInt(TenantDataSection::order))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }
}
