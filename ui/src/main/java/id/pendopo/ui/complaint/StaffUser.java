package id.pendopo.ui.complaint;

import com.vaadin.flow.server.VaadinRequest;
import id.pendopo.complaint.Actor;
import id.pendopo.complaint.Viewer;
import id.pendopo.identity.Role;
import id.pendopo.ui.tenancy.TenantClaim;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Who works on complaints in this session, as far as the complaint screens care: the coordinator
 * (complaint-officer, verifikator, and the tenant admin) who verifies and disposes, or the agency officer who sees and answers only what was disposed to their agency, named by the token's
 * {@value #AGENCY_CLAIM} claim.
 */
public record StaffUser(String username, String displayName, boolean coordinator, boolean admin,
        boolean agencyOfficer, String agencyCode) {

    public static final String AGENCY_CLAIM = "agency";

    public static StaffUser of(String username, String displayName, Predicate<String> hasRole, String agencyCode) {
        // An agency officer sees one agency's complaints, whatever else the account was given: a coordinator's role
        // added by mistake (the platform refuses the pair, Keycloak's own console does not) must not open every
        // reporter's identity to an agency.
        boolean officer = hasRole.test(Role.Names.AGENCY_OFFICER);
        boolean admin = !officer && hasRole.test(Role.Names.TENANT_ADMIN);
        // The tenant admin acts as a coordinator, as in the API: escalations of overdue complaints reach them too.
        boolean coordinator = Role.coordinates(hasRole);
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        return new StaffUser(username, name, coordinator, admin, officer, agencyCode);
    }

    /** Read during an HTTP request (a view's constructor or navigation), like the tenant claim. */
    public static StaffUser current(String username, Predicate<String> hasRole, OpenIdContext openId) {
        String name = TenantClaim.single("name", openId).orElse(username);
        return of(username, name, hasRole, TenantClaim.single(AGENCY_CLAIM, openId).orElse(null));
    }

    /** The user of the current Vaadin request; in a view's constructor or navigation. */
    public static StaffUser ofRequest(OpenIdContext openId) {
        VaadinRequest request = VaadinRequest.getCurrent();
        return current(request.getUserPrincipal().getName(), request::isUserInRole, openId);
    }

    /** Coordinators and tenant admins see the reporter as the coordinator does. */
    public Viewer viewer() {
        return agencyOfficer ? Viewer.AGENCY_OFFICER : Viewer.COORDINATOR;
    }

    public boolean seesAsCoordinator() {
        return viewer() == Viewer.COORDINATOR;
    }

    public Actor actor() {
        // An account named "reporter" would otherwise write as the citizen.
        String id = Actor.reservedId(username) ? "staff:" + username : username;
        id = id.length() > 64 ? id.substring(0, 64) : id;
        String name = displayName.length() > 120 ? displayName.substring(0, 120) : displayName;
        return new Actor(id, name);
    }

    public Optional<String> agency() {
        return Optional.ofNullable(agencyCode).map(String::strip).filter(s -> !s.isEmpty());
    }
}
