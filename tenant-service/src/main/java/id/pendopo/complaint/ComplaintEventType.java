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
    REOPENED;

    /**
     * Whether the public may read this entry's note once the report is public: not the reason privacy was raised
     * (it tends to say who the reporter is), and not the reporter's own words when closing or reopening (not
     * moderated).
     */
    public boolean noteIsPublic() {
        return this != PRIVACY_RAISED && this != CLOSED && this != REOPENED;
    }
}
