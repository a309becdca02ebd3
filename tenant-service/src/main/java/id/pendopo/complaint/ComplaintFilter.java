package id.pendopo.complaint;

import java.time.Instant;
import java.util.Set;

/**
 * Which complaints a list shows. Every field is optional (null or empty means "any").
 *
 * @param statuses          any of these statuses
 * @param categoryCode      one category
 * @param agencyId          sent to this agency (an agency officer's lists always carry their agency)
 * @param districtCode      in this kecamatan
 * @param overdue           true: only those past their verification or follow-up deadline; false: only those not
 * @param receivedFrom      received at or after
 * @param receivedBefore    received before
 * @param updatedFrom       changed at or after (for clients that synchronise)
 * @param text              a tracking id, or words of the title or description
 * @param publiclyListed    true: only those public lists may show ({@link Complaint#isListedPublicly()})
 */
public record ComplaintFilter(Set<ComplaintStatus> statuses, String categoryCode, Long agencyId, String districtCode,
        Boolean overdue, Instant receivedFrom, Instant receivedBefore, Instant updatedFrom, String text,
        boolean publiclyListed) {

    public static final ComplaintFilter ALL = new ComplaintFilter(null, null, null, null, null, null, null, null, null, false);

    public ComplaintFilter withAgency(Long agency) {
        return new ComplaintFilter(statuses, categoryCode, agency, districtCode, overdue, receivedFrom, receivedBefore,
                updatedFrom, text, publiclyListed);
    }

    public ComplaintFilter withStatuses(Set<ComplaintStatus> s) {
        return new ComplaintFilter(s, categoryCode, agencyId, districtCode, overdue, receivedFrom, receivedBefore,
                updatedFrom, text, publiclyListed);
    }

    public ComplaintFilter publiclyListedOnly() {
        return new ComplaintFilter(statuses, categoryCode, agencyId, districtCode, overdue, receivedFrom, receivedBefore,
                updatedFrom, text, true);
    }
}
