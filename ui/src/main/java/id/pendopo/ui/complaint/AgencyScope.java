package id.pendopo.ui.complaint;

import id.pendopo.agency.Agency;
import id.pendopo.shared.DomainException;
import java.util.List;
import java.util.Optional;

/**
 * Which agency's complaints a user works on: none for coordinators and tenant admins (they see all), exactly
 * the agency of the token's {@code agency} claim for an agency officer. An officer whose account names no
 * agency, or one the regency does not have (or has deactivated), is refused, never shown everything.
 */
public final class AgencyScope {

    public static final String NO_AGENCY_CLAIM = "no-agency-claim";
    public static final String UNKNOWN_AGENCY = "unknown-agency";

    private AgencyScope() {
    }

    /** The agency the user is restricted to, or empty for whoever sees every complaint. */
    public static Optional<Agency> of(StaffUser user, List<Agency> agencies) {
        if (!user.agencyOfficer()) {
            return Optional.empty();
        }
        String code = user.agency().orElseThrow(() -> new DomainException(NO_AGENCY_CLAIM,
                "The account " + user.username() + " names no agency"));
        return Optional.of(agencies.stream().filter(a -> a.code().equalsIgnoreCase(code)).filter(Agency::active)
                .findFirst().orElseThrow(() -> new DomainException(UNKNOWN_AGENCY,
                        "The regency has no active agency with code " + code)));
    }
}
