package id.pendopo.api.complaint;

import id.pendopo.agency.Agency;
import id.pendopo.agency.AgencyRepository;
import id.pendopo.complaint.Actor;
import id.pendopo.complaint.Viewer;
import id.pendopo.identity.Role;
import id.pendopo.tenancy.TenantAccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.Instance;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who calls the complaint endpoints, in the complaint domain's terms: the actor for the timeline, the viewer for
 * the privacy rules, and, for an agency officer, the one agency they act for (token claim {@value #AGENCY_CLAIM},
 * the agency's code).
 *
 * <p>Application-scoped, with what it reads once per request (the token, its groups, the agency) kept on the request:
 * as a request-scoped bean it was created and injected on every submission, which cost 4 % of intake's CPU
 * (docs/benchmarks.md).
 */
@ApplicationScoped
public class ComplaintCaller {

    public static final String AGENCY_CLAIM = "agency";
    private static final String STATE = ComplaintCaller.class.getName();

    @Inject
    HttpServletRequest request;

    @Inject
    Instance<JsonWebToken> injectedToken;

    @Inject
    AgencyRepository agencies;

    /** What this request's caller was found to be; read once per request. */
    private static final class State {
        JsonWebToken token;
        Set<String> groups;
        Agency agency;
    }

    private State state() {
        if (request.getAttribute(STATE) instanceof State s) {
            return s;
        }
        State s = new State();
        request.setAttribute(STATE, s);
        return s;
    }

    /**
     * The caller's token, read once per request: from the request's principal, which MP-JWT sets to the token,
     * else through the injected token, whose proxy looks the token up again on every call.
     */
    private JsonWebToken token() {
        State s = state();
        if (s.token == null) {
            s.token = request.getUserPrincipal() instanceof JsonWebToken jwt ? jwt : injectedToken.get();
        }
        return s.token;
    }

    boolean is(String role) {
        State s = state();
        if (s.groups == null) {
            s.groups = token().getGroups() == null ? Set.of() : Set.copyOf(token().getGroups());
        }
        return s.groups.contains(role);
    }

    /**
     * A coordinator sees and decides everything of the regency: complaint officers and tenant admins. An account that
     * is also an agency officer is not one: it sees its agency's complaints only (the platform refuses the pair, and a
     * role added by mistake in Keycloak must not open every reporter's identity to an agency).
     */
    boolean coordinator() {
        return Role.coordinates(this::is);
    }

    /** Refuses a caller who is not a coordinator (403 {@code coordinator-only}), saying why. */
    void requireCoordinator(String why) {
        if (!coordinator()) {
            throw new TenantAccessDeniedException("coordinator-only", why);
        }
    }

    boolean agencyOfficerOnly() {
        return !coordinator() && is(Role.Names.AGENCY_OFFICER);
    }

    boolean staff() {
        return coordinator() || is(Role.Names.AGENCY_OFFICER);
    }

    Viewer viewer() {
        if (coordinator()) {
            return Viewer.COORDINATOR;
        }
        return is(Role.Names.AGENCY_OFFICER) ? Viewer.AGENCY_OFFICER : Viewer.PUBLIC;
    }

    /** The staff member or API client, as the timeline names them. */
    Actor actor() {
        JsonWebToken token = token();
        String id = token.getSubject() == null ? token.getName() : token.getSubject();
        String name = token.getClaim("name");
        if (name == null || name.isBlank()) {
            name = token.getClaim("preferred_username");
        }
        if (name == null || name.isBlank()) {
            name = clientId();
        }
        return new Actor(truncate(id, 64), truncate(name, 120));
    }

    /** The OAuth client the token was issued to: API clients are told apart by it. */
    String clientId() {
        String azp = token().getClaim("azp");
        return azp != null ? azp : token().getClaim("client_id");
    }

    /**
     * The agency an agency officer acts for; refused when the account names none or an unknown one. Looked up
     * once per request.
     */
    Agency agency() {
        State s = state();
        if (s.agency == null) {
            s.agency = lookUpAgency();
        }
        return s.agency;
    }

    private Agency lookUpAgency() {
        Object claim = token().getClaim(AGENCY_CLAIM);
        String code = claim == null ? null : claim.toString().replace("\"", "");
        if (code == null || code.isBlank()) {
            throw new TenantAccessDeniedException("no-agency-claim",
                    "This agency officer's account names no agency; ask the tenant admin to set one");
        }
        return agencies.findByCode(code).filter(Agency::active).orElseThrow(() -> new TenantAccessDeniedException(
                "unknown-agency", "This account's agency '" + code + "' is not an active agency of the regency"));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
