package id.pendopo.notification;

/** Where a queued message or webhook delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Accepted by the channel (mail server, SMS gateway) or by the webhook receiver with a 2xx. */
    DELIVERED,
    /** Dead-lettered: every attempt of the {@link RetrySchedule} failed; kept for the log and a manual retry. */
    DEAD
}
