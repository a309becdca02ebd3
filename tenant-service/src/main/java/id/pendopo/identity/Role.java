package id.pendopo.identity;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The platform's roles, as realm roles in the identity provider and as groups in tokens. Every view and
 * every endpoint names the roles it admits.
 */
public enum Role {
    PLATFORM_OPERATOR(Names.PLATFORM_OPERATOR, false),
    TENANT_ADMIN(Names.TENANT_ADMIN, true),
    COMPLAINT_OFFICER(Names.COMPLAINT_OFFICER, true),
    AGENCY_OFFICER(Names.AGENCY_OFFICER, true),
    CALL_TAKER(Names.CALL_TAKER, true),
    DISPATCHER(Names.DISPATCHER, true),
    COMMAND_VIEWER(Names.COMMAND_VIEWER, true),
    /** A third-party system bound to one tenant, signing in with client credentials. */
    API_CLIENT(Names.API_CLIENT, false);

    /** The role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String PLATFORM_OPERATOR = "platform-operator";
        public static final String TENANT_ADMIN = "tenant-admin";
        public static final String COMPLAINT_OFFICER = "complaint-officer";
        public static final String AGENCY_OFFICER = "agency-officer";
        public static final String CALL_TAKER = "call-taker";
        public static final String DISPATCHER = "dispatcher";
        public static final String COMMAND_VIEWER = "command-viewer";
        public static final String API_CLIENT = "api-client";

        private Names() {
        }
    }

    /**
     * Whether an account with {@code roles} coordinates complaints (sees every one, and every reporter): a complaint
     * officer or tenant admin who is not also an agency officer. The pair is refused when roles are given
     * ({@link IdentityDirectory#requireAgencyOnlyForOfficers}); where it exists anyway, the narrower role wins.
     */
    public static boolean coordinates(Set<Role> roles) {
        return !roles.contains(AGENCY_OFFICER) && (roles.contains(COMPLAINT_OFFICER) || roles.contains(TENANT_ADMIN));
    }

    /**
     * Whether {@code roles} join an agency officer with a role that sees every reporter: refused when roles are given
     * ({@link IdentityDirectory#requireAgencyOnlyForOfficers}).
     */
    public static boolean joinsAgencyWithCoordination(Set<Role> roles) {
        return roles.contains(AGENCY_OFFICER) && (roles.contains(COMPLAINT_OFFICER) || roles.contains(TENANT_ADMIN));
    }

    /** {@link #coordinates(Set)} for a token or session that answers by role name. */
    public static boolean coordinates(Predicate<String> hasRole) {
        return !hasRole.test(Names.AGENCY_OFFICER)
                && (hasRole.test(Names.COMPLAINT_OFFICER) || hasRole.test(Names.TENANT_ADMIN));
    }

    private final String roleName;
    private final boolean tenantStaff;

    Role(String roleName, boolean tenantStaff) {
        this.roleName = roleName;
        this.tenantStaff = tenantStaff;
    }

    public String roleName() {
        return roleName;
    }

    /** Whether a tenant admin may grant this role to their staff. */
    public boolean tenantStaff() {
        return tenantStaff;
    }

    public static Optional<Role> byName(String name) {
        for (Role r : values()) {
            if (r.roleName.equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
