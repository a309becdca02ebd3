package id.pendopo.notification;

/** The two SLA deadlines of a complaint that are escalated when missed. */
public enum Deadline {
    /** The coordinator's verification, from receipt (3 working days by default). */
    VERIFICATION,
    /** The agencies' follow-up, from disposition or reopening (5 working days by default). */
    FOLLOW_UP
}
