package id.pendopo.notification;

/**
 * One message for one person, in the words the recipient reads: a subject (the email subject; SMS gateways
 * ignore it), the text, and the complaint it is about, if any.
 */
public record Notification(String subject, String text, String trackingId) {
}
