package id.pendopo.complaint;

/** Who is looking at a complaint, for the privacy rules of {@link PrivacyMode}. */
public enum Viewer {
    /** Anyone: the public portal, Open311 reads, open-data exports, public webhooks. */
    PUBLIC,
    /** The citizen who reported it, proven by the tracking secret or by being signed in as the reporter. */
    REPORTER,
    /** The tenant's complaint coordinator (admin/verifikator) who verifies and disposes complaints. */
    COORDINATOR,
    /** Staff of an agency (OPD) the complaint was sent to. */
    AGENCY_OFFICER
}
