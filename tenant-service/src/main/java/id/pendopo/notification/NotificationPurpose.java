package id.pendopo.notification;

/** Why a message was queued. */
public enum NotificationPurpose {
    /** The reporter hears that their complaint moved on. */
    REPORTER_UPDATE,
    /** Coordinators and the tenant admin hear of complaints past a deadline. */
    ESCALATION
}
