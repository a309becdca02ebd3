package id.pendopo.complaint;

/** Who reads a message in a complaint's conversation. The two kinds are never shown together to a citizen. */
public enum MessageVisibility {
    /** A reply to (or from) the reporter; the reporter sees it, and the public too if the report is public. */
    PUBLIC_REPLY,
    /** A note between staff; never shown to the reporter or the public. */
    INTERNAL_NOTE
}
