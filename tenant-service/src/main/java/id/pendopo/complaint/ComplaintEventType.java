package id.pendopo.complaint;

/** One kind of entry in a complaint's timeline. */
public enum ComplaintEventType {
    RECEIVED,
    DEFERRED,
    VERIFIED,
    PRIVACY_RAISED,
    LOCATION_CORRECTED,
    FORWARDED,
    DECLARED_NOT_OUR_JURISDICTION,
    ARCHIVED,
    DISPOSED,
    AGENCY_RESPONDED,
    RESOLVED,
    CLOSED,
    AUTO_CLOSED,
    REOPENED;

    /**
     * Whether this entry's note is written for the citizen: why verification waits, where to go instead, why a
     * report was archived, the agency's follow-up (tindak lanjut) and the resolution. The notes of the staff's own
     * steps (verifying, disposing to agencies, raising privacy) are instructions between staff, as in the reporter's
     * e-mails, and stay with staff.
     */
    public boolean noteIsForCitizen() {
        return switch (this) {
            case DEFERRED, FORWARDED, DECLARED_NOT_OUR_JURISDICTION, ARCHIVED, AGENCY_RESPONDED, RESOLVED -> true;
            default -> false;
        };
    }

    /** Whether the note is the reporter's own words (the comment when rating, the reason when reopening). */
    public boolean noteIsReporters() {
        return this == CLOSED || this == REOPENED;
    }
}
