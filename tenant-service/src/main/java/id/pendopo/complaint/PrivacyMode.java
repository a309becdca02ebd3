package id.pendopo.complaint;

/**
 * How much of a complaint the public and the agencies see. Ordered by protection: PUBLIC &lt; ANONYMOUS &lt;
 * CONFIDENTIAL. Staff may raise the protection during verification (a reporter who wrote their name into a
 * report about their own employer), never lower it: the citizen chose at least that much protection.
 *
 * <table>
 * <caption>Who sees the reporter (name, phone, email)</caption>
 * <tr><th>mode</th><th>report public</th><th>PUBLIC</th><th>REPORTER</th><th>COORDINATOR</th><th>AGENCY_OFFICER</th></tr>
 * <tr><td>PUBLIC</td><td>yes</td><td>name only</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>ANONYMOUS</td><td>yes</td><td>no</td><td>yes</td><td>yes</td><td>no</td></tr>
 * <tr><td>CONFIDENTIAL</td><td>no</td><td>no</td><td>yes</td><td>yes</td><td>no</td></tr>
 * </table>
 *
 * <p>Phone and email are never public, in any mode: they exist so that staff can reach the reporter.
 */
public enum PrivacyMode {
    /** Report and reporter's name are public. */
    PUBLIC(0),
    /** The default: the report is public, the reporter is known only to the coordinator who verifies it. */
    ANONYMOUS(1),
    /** Rahasia: the report itself is not public, and the reporter is known only to the coordinator. */
    CONFIDENTIAL(2);

    private final int protection;

    PrivacyMode(int protection) {
        this.protection = protection;
    }

    public static final PrivacyMode DEFAULT = ANONYMOUS;

    public boolean protectsMoreThan(PrivacyMode other) {
        return protection > other.protection;
    }

    /** Whether this mode lets the report's content be published (once verified, see Complaint#isPublic). */
    public boolean allowsPublication() {
        return this != CONFIDENTIAL;
    }

    /** Whether {@code viewer} may see who reported (the name). */
    public boolean reporterVisibleTo(Viewer viewer) {
        return switch (viewer) {
            case REPORTER, COORDINATOR -> true;
            case PUBLIC, AGENCY_OFFICER -> this == PUBLIC;
        };
    }

    /** Whether {@code viewer} may see how to reach the reporter (phone, email). */
    public boolean reporterContactVisibleTo(Viewer viewer) {
        return viewer != Viewer.PUBLIC && reporterVisibleTo(viewer);
    }
}
