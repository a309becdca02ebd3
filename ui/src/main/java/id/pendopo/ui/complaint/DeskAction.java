package id.pendopo.ui.complaint;

import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintAction;
import id.pendopo.complaint.Disposition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The buttons of the complaint detail: what the complaint's state allows ({@link Complaint#allowedActions})
 * intersected with what the user's role may do. A coordinator verifies, sorts out, disposes and resolves; an
 * agency officer answers for their own agency only, once, while the complaint waits for it. Replies to the
 * reporter are the coordinator's; internal notes are open to both. A tenant admin acts as a coordinator.
 */
public enum DeskAction {
    VERIFY("action-verify", ComplaintAction.VERIFY),
    DEFER("action-defer", ComplaintAction.DEFER),
    NOT_OURS("action-not-ours", ComplaintAction.DECLARE_NOT_OUR_JURISDICTION),
    ARCHIVE("action-archive", ComplaintAction.ARCHIVE),
    RAISE_PRIVACY("action-raise-privacy", ComplaintAction.RAISE_PRIVACY),
    RELOCATE("action-relocate", ComplaintAction.CORRECT_LOCATION),
    DISPOSE("action-dispose", ComplaintAction.DISPOSE),
    RESPOND("action-respond", ComplaintAction.RECORD_AGENCY_RESPONSE),
    RESOLVE("action-resolve", ComplaintAction.RESOLVE),
    REPLY("action-reply", null),
    NOTE("action-note", null);

    private final String elementId;
    /** The state's action this button performs; null for the conversation (notes always, replies while it is open). */
    private final ComplaintAction action;

    DeskAction(String elementId, ComplaintAction action) {
        this.elementId = elementId;
        this.action = action;
    }

    public String elementId() {
        return elementId;
    }

    /** The buttons {@code user} gets on {@code complaint} at {@code now}; {@code agencyId} is an officer's agency. */
    public static List<DeskAction> offered(Complaint complaint, Instant now, StaffUser user, Long agencyId) {
        Set<ComplaintAction> allowed = complaint.allowedActions(now);
        List<DeskAction> offered = new ArrayList<>();
        if (user.coordinator()) {
            for (DeskAction a : values()) {
                if (a == RESPOND) {
                    continue;
                }
                if (a == REPLY ? complaint.acceptsReporterReplies() : a.action == null || allowed.contains(a.action)) {
                    offered.add(a);
                }
            }
        } else if (user.agencyOfficer() && agencyId != null) {
            boolean waitsForUs = complaint.dispositions().stream()
                    .anyMatch(d -> d.agencyId() == agencyId && !d.hasResponded());
            boolean ours = complaint.dispositions().stream().map(Disposition::agencyId).anyMatch(agencyId::equals);
            if (waitsForUs && allowed.contains(ComplaintAction.RECORD_AGENCY_RESPONSE)) {
                offered.add(RESPOND);
            }
            if (ours) {
                offered.add(NOTE);
            }
        }
        return offered;
    }
}
