package id.pendopo.complaint;

/** Why a complaint was archived during verification without being acted on. */
public enum ArchiveReason {
    /** The same matter was already reported; the complaint links to the original's tracking id. */
    DUPLICATE,
    SPAM,
    /** Too little information to act on, and the reporter did not complete it. The citizen may report anew. */
    INCOMPLETE
}
