package id.pendopo.complaint;

/** One kind of entry in a complaint's timeline. */
public enum ComplaintEventType {
    RECEIVED,
    DEFERRED,
    VERIFIED,
    PRIVACY_RAISED,
    FORWARDED,
    DECLARED_NOT_OUR_JURISDICTION,
    ARCHIVED,
    DISPOSED,
    AGENCY_RESPONDED,
    RESOLVED,
    CLOSED,
    AUTO_CLOSED,
    REOPENED
}
