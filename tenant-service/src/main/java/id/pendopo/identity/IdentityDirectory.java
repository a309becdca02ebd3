package id.pendopo.identity;

import id.pendopo.shared.ValidationException;
import java.util.List;
import java.util.Set;

/**
 * What Pendopo asks of its identity provider. Every "ensure" is idempotent so that a retried provisioning
 * picks up where a failed one stopped; every staff operation is scoped to one tenant's slug and refuses
 * accounts of another tenant.
 *
 * <p>Failures to reach the provider surface as {@link IdentityUnavailableException}.
 */
public interface IdentityDirectory {

    /**
     * Finds the organization of a tenant by its slug (the organization's alias) or creates it, named with the
     * regency's official name; returns its id.
     */
    Ensured<String> ensureOrganization(String slug, String officialName);

    void deleteOrganization(String organizationId);

    /**
     * Finds or creates the tenant's first administrator {@code admin.<slug>}, with role tenant-admin, the
     * tenant attribute and organization membership. A created account carries a temporary password.
     */
    Ensured<StaffAccount> ensureTenantAdmin(String slug, String organizationId, String email);

    List<StaffAccount> staff(String slug);

    /**
     * The user attribute (and, through the realm's mapper, the token claim {@code agency}) that names the agency
     * (OPD) an agency officer works for, by the agency's code within the tenant, e.g. {@code DPUPR}.
     */
    String AGENCY_ATTRIBUTE = "pendopo.agency";

    /** Creates an account of the tenant with a temporary password the person must change at first sign-in. */
    default StaffAccount invite(String slug, String organizationId, String username, String email, String firstName,
            String lastName, Set<Role> roles) {
        return invite(slug, organizationId, username, email, firstName, lastName, roles, null);
    }

    /**
     * Creates an account as {@link #invite(String, String, String, String, String, String, Set)} does; an agency
     * officer must carry {@code agencyCode}, the code of an agency of the tenant (the caller checks that it
     * exists), and only an agency officer may carry one.
     */
    StaffAccount invite(String slug, String organizationId, String username, String email, String firstName,
            String lastName, Set<Role> roles, String agencyCode);

    /** The rule of {@link #invite(String, String, String, String, String, String, Set, String)} on the agency. */
    static void requireAgencyOnlyForOfficers(Set<Role> roles, String agencyCode) {
        boolean officer = roles != null && roles.contains(Role.AGENCY_OFFICER);
        boolean given = agencyCode != null && !agencyCode.isBlank();
        if (officer && !given) {
            throw ValidationException.of("agencyCode", "is required for an agency officer");
        }
        if (!officer && given) {
            throw ValidationException.of("agencyCode", "is only given to agency officers");
        }
        if (officer && Role.joinsAgencyWithCoordination(roles)) {
            // Coordinators see every reporter; an agency officer must not. One person doing both needs two accounts.
            throw ValidationException.of("roles", "an agency officer cannot also be a complaint officer or tenant admin:"
                    + " give each role its own account");
        }
    }

    /**
     * Replaces the account's staff roles and its agency, under the rule of
     * {@link #requireAgencyOnlyForOfficers}: an agency officer carries the code of their agency, nobody else does.
     */
    void assignRoles(String slug, String userId, Set<Role> roles, String agencyCode);

    void setEnabled(String slug, String userId, boolean enabled);

    void deleteUser(String userId);

    /**
     * Creates a confidential client for the client-credentials grant whose tokens carry the tenant and the
     * {@code api-client} role: the only way a third-party system gets into one tenant's API.
     */
    ApiClient createApiClient(String slug, String name);

    List<ApiClient> apiClients(String slug);

    /** Deletes one of the tenant's API clients; a client of another tenant is reported as not found. */
    void deleteApiClient(String slug, String clientId);

    /** Removes every account of a tenant and its organization, whatever state a failed attempt left them in. */
    void deleteTenantIdentities(String slug);
}
