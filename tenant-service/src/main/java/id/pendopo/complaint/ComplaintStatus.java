package id.pendopo.complaint;

/**
 * Where a complaint is in the LAPOR! SP4N workflow. See {@link Complaint} for the transitions between them.
 */
public enum ComplaintStatus {
    /** Received and waiting for the coordinator's verification. */
    RECEIVED,
    /** Tunda: verification put on hold with a reason, e.g. waiting for the reporter's clarification. */
    DEFERRED,
    /** Verified as a genuine matter for this regency; waiting to be sent to agencies. */
    VERIFIED,
    /** Bukan wewenang: not this regency's matter; forwarded to another tenant or closed with a note. Final. */
    NOT_OUR_JURISDICTION,
    /** Set aside as a duplicate, spam or too incomplete to act on; see {@link ArchiveReason}. Final. */
    ARCHIVED,
    /** Disposisi: sent to one or more agencies, at least one of which has not responded yet. */
    DISPOSED,
    /** Tindak lanjut: every agency it was sent to has responded. */
    FOLLOWED_UP,
    /** The coordinator considers the matter resolved; the citizen may confirm or reopen it within the window. */
    RESOLVED,
    /** Confirmed (and rated) by the citizen, or closed automatically when the reopen window ended. Final. */
    CLOSED;

    /** Whether the complaint is still waiting for its verification decision. */
    public boolean awaitsVerification() {
        return this == RECEIVED || this == DEFERRED;
    }

    /**
     * Whether the coordinator's deadline (3 working days from receipt, {@code verificationDueAt}) runs: to verify
     * the report and send it to the responsible agencies, as LAPOR! SP4N counts it. A verified complaint that waits
     * to be disposed is still on that clock.
     */
    public boolean awaitsDisposition() {
        return awaitsVerification() || this == VERIFIED;
    }

    /** Whether the coordinator has accepted it: a verified complaint stays verified whatever follows. */
    public boolean isVerified() {
        return this == VERIFIED || this == DISPOSED || this == FOLLOWED_UP || this == RESOLVED || this == CLOSED;
    }

    public boolean isFinal() {
        return this == NOT_OUR_JURISDICTION || this == ARCHIVED || this == CLOSED;
    }
}
