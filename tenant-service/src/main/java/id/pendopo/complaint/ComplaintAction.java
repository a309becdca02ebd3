package id.pendopo.complaint;

/**
 * What can be done to a complaint. {@link Complaint#allowedActions(java.time.Instant)} lists those its state
 * allows, so the console, the citizen portal and the API offer the same buttons; each client further filters by
 * who is acting ({@link #byReporter()}).
 */
public enum ComplaintAction {
    VERIFY(false),
    DEFER(false),
    DECLARE_NOT_OUR_JURISDICTION(false),
    ARCHIVE(false),
    RAISE_PRIVACY(false),
    /** The kecamatan, desa or address is corrected, until the complaint is disposed. */
    CORRECT_LOCATION(false),
    DISPOSE(false),
    RECORD_AGENCY_RESPONSE(false),
    RESOLVE(false),
    /** The citizen confirms the resolution and rates it. */
    CONFIRM_AND_CLOSE(true),
    /** The citizen says the matter is not resolved, within the reopen window. */
    REOPEN(true),
    /** The system closes a resolved complaint whose reopen window has ended. */
    AUTO_CLOSE(false);

    private final boolean byReporter;

    ComplaintAction(boolean byReporter) {
        this.byReporter = byReporter;
    }

    /** Whether the reporter (citizen) performs it, rather than staff or the system. */
    public boolean byReporter() {
        return byReporter;
    }
}
