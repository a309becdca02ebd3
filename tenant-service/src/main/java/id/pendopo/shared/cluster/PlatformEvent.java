package id.pendopo.shared.cluster;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something that happened that other parts of the platform, on any node, may react to, e.g. a tenant was
 * suspended (consoles refresh) or, later, a complaint was created (live inboxes update).
 *
 * @param type       a stable name, e.g. {@code tenant.suspended}
 * @param tenantId   the tenant it concerns, or null for platform-wide events
 * @param subject    the id of the thing it concerns, e.g. a tenant slug
 * @param occurredAt when it happened
 */
public record PlatformEvent(String type, String tenantId, String subject, Instant occurredAt) implements Serializable {
}
