package id.pendopo.tenancy;

import id.pendopo.identity.Ensured;
import id.pendopo.identity.IdentityDirectory;
import id.pendopo.identity.IdentityUnavailableException;
import id.pendopo.identity.Role;
import id.pendopo.identity.StaffAccount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory identity provider for provisioning rules: it records organizations and accounts, and can be
 * told to fail at a named step, like a Keycloak that goes down halfway.
 */
class FakeIdentityDirectory implements IdentityDirectory {

    final Map<String, String> organizations = new LinkedHashMap<>();   // slug -> id
    final Map<String, StaffAccount> accounts = new LinkedHashMap<>();  // id -> account
    final Map<String, String> tenantOf = new LinkedHashMap<>();        // account id -> slug
    final List<String> calls = new ArrayList<>();
    String failAt;

    @Override
    public Ensured<String> ensureOrganization(String slug, String displayName) {
        step("ensureOrganization");
        if (organizations.containsKey(slug)) {
            return new Ensured<>(organizations.get(slug), false);
        }
        String id = "org-" + slug;
        organizations.put(slug, id);
        return new Ensured<>(id, true);
    }

    @Override
    public void deleteOrganization(String organizationId) {
        step("deleteOrganization");
        organizations.values().remove(organizationId);
    }

    @Override
    public Ensured<StaffAccount> ensureTenantAdmin(String slug, String organizationId, String email) {
        step("ensureTenantAdmin");
        for (StaffAccount a : accounts.values()) {
            if (a.username().equals("admin." + slug)) {
                return new Ensured<>(a.withoutPassword(), false);
            }
        }
        return new Ensured<>(invite(slug, organizationId, "admin." + slug, email, "Admin", slug, Set.of(Role.TENANT_ADMIN)), true);
    }

    @Override
    public List<StaffAccount> staff(String slug) {
        step("staff");
        return accounts.values().stream().filter(a -> slug.equals(tenantOf.get(a.id()))).toList();
    }

    @Override
    public StaffAccount invite(String slug, String organizationId, String username, String email, String firstName,
            String lastName, Set<Role> roles, String agencyCode) {
        step("invite");
        StaffAccount a = new StaffAccount("user-" + username, username, email, firstName, lastName, true, roles, "temp-pass", agencyCode);
        accounts.put(a.id(), a);
        tenantOf.put(a.id(), slug);
        return a;
    }

    @Override
    public void assignRoles(String slug, String userId, Set<Role> roles, String agencyCode) {
        step("assignRoles");
        IdentityDirectory.requireAgencyOnlyForOfficers(roles, agencyCode);
        StaffAccount a = accounts.get(userId);
        if (a != null) {
            accounts.put(userId, new StaffAccount(a.id(), a.username(), a.email(), a.firstName(), a.lastName(), a.enabled(),
                    roles, null, agencyCode));
        }
    }

    @Override
    public void setEnabled(String slug, String userId, boolean enabled) {
        step("setEnabled");
    }

    @Override
    public void deleteUser(String userId) {
        step("deleteUser");
        accounts.remove(userId);
        tenantOf.remove(userId);
    }

    @Override
    public id.pendopo.identity.ApiClient createApiClient(String slug, String name) {
        step("createApiClient");
        return new id.pendopo.identity.ApiClient("c-" + name, slug + "-" + name, name, "secret");
    }

    @Override
    public List<id.pendopo.identity.ApiClient> apiClients(String slug) {
        step("apiClients");
        return List.of();
    }

    @Override
    public void deleteApiClient(String slug, String clientId) {
        step("deleteApiClient");
    }

    @Override
    public void deleteTenantIdentities(String slug) {
        step("deleteTenantIdentities");
        for (StaffAccount a : staff(slug)) {
            deleteUser(a.id());
        }
        organizations.remove(slug);
    }

    private void step(String name) {
        calls.add(name);
        if (name.equals(failAt)) {
            throw new IdentityUnavailableException("Keycloak is down (simulated at " + name + ")");
        }
    }
}
