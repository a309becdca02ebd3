/**
 * Telling people what happened to a complaint: the reporter hears of every status change (email, and SMS or
 * WhatsApp through a gateway), the coordinators and the tenant admin hear of missed deadlines, and API clients
 * get signed webhooks ({@link id.pendopo.notification.webhook}).
 *
 * <p>Everything leaves through an outbox: the row that says "tell X" is written in the transaction of the
 * complaint change, so a change that commits is always announced and one that rolls back never is. Sweeps send
 * the rows afterwards, retry with the one {@link id.pendopo.notification.RetrySchedule}, and give up (dead-letter)
 * at its end. {@link id.pendopo.notification.NotificationChannel} is the seam where deployments differ.
 */
package id.pendopo.notification;
