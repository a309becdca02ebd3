package id.pendopo.complaint;

import java.time.Instant;

/**
 * Staff wrote a public reply to the reporter (a question, a clarification), fired as a CDI event inside the
 * transaction that stored it, so that the reporter hears of it through the notification outbox as of a change of
 * status. Internal notes fire nothing.
 */
public record ComplaintReplied(String tenantId, long complaintId, String trackingId, String body, Instant at) {
}
