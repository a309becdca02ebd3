package id.pendopo.notification.webhook;

import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The current tenant's webhook subscriptions and their delivery logs, as an API client or a tenant admin
 * manages them ({@link WebhookCaller}). A subscription the caller may not see is answered as not found, like
 * one that does not exist.
 */
@ApplicationScoped
@Transactional
public class Webhooks {

    /** Subscriptions one API client (or the tenant admins together) may have. */
    public static final int MAX_PER_OWNER = 20;

    /** A new subscription and its signing secret, which is never shown again. */
    public record Registered(WebhookSubscription subscription, String secret) {
    }

    /** One page of a delivery log, newest first. */
    public record DeliveryPage(List<WebhookDelivery> items, long total) {
    }

    @Inject
    TenantData data;
    @Inject
    Clock clock;
    @Inject
    WebhookTargets targets;
    @Inject
    WebhookSecrets secrets;

    public Webhooks() {
    }

    /** For tests and tools outside a container. */
    public Webhooks(TenantData data, Clock clock, WebhookTargets targets, WebhookSecrets secrets) {
        this.data = data;
        this.clock = clock;
        this.targets = targets;
        this.secrets = secrets;
    }

    /**
     * Registers a subscription. Its URL must be https (http only for local development) and its host must resolve
     * to public internet addresses only ({@link WebhookTargets}).
     */
    public Registered register(WebhookCaller caller, String url, Collection<String> events) {
        WebhookSubscription s = WebhookSubscription.register(caller, url, events, targets.allowsLocalHttp(),
                clock.instant());
        targets.refusal(s.url()).ifPresent(why -> {
            throw ValidationException.of("url", "must reach a public internet address: " + why);
        });
        long owned = list(caller).stream().filter(x -> Objects.equals(x.clientId(), caller.clientId())).count();
        if (owned >= MAX_PER_OWNER) {
            throw ValidationException.of("url", "at most " + MAX_PER_OWNER + " webhooks per API client");
        }
        String secret = s.issueSecret(secrets);
        data.em().persist(s);
        data.em().flush();
        return new Registered(s, secret);
    }

    public List<WebhookSubscription> list(WebhookCaller caller) {
        return data.em().createQuery("SELECT s FROM WebhookSubscription s ORDER BY s.id", WebhookSubscription.class)
                .getResultStream().filter(caller::sees).toList();
    }

    public WebhookSubscription require(WebhookCaller caller, long id) {
        WebhookSubscription s = data.em().find(WebhookSubscription.class, id);
        if (s == null || !caller.sees(s)) {
            throw new NotFoundException("Webhook", id);
        }
        return s;
    }

    /**
     * A new signing secret for the subscription, shown in this answer only; the old one keeps signing next to it for
     * {@link WebhookSubscription#ROTATION_GRACE}.
     */
    public Registered rotateSecret(WebhookCaller caller, long id) {
        WebhookSubscription s = require(caller, id);
        return new Registered(s, s.rotateSecret(clock.instant(), secrets));
    }

    /** Removes the subscription and its delivery log; pending deliveries are not sent. */
    public void delete(WebhookCaller caller, long id) {
        WebhookSubscription s = require(caller, id);
        data.em().createQuery("DELETE FROM WebhookDelivery d WHERE d.subscriptionId = :s").setParameter("s", s.id())
                .executeUpdate();
        data.em().remove(s);
    }

    public DeliveryPage deliveries(WebhookCaller caller, long id, int page, int size) {
        WebhookSubscription s = require(caller, id);
        long first = (long) page * size;
        if (page < 0 || size < 1 || first > Integer.MAX_VALUE) {
            throw ValidationException.of("page", "is beyond the log: at most " + (Integer.MAX_VALUE / Math.max(size, 1))
                    + " pages of " + size);
        }
        List<WebhookDelivery> items = data.em().createQuery("SELECT d FROM WebhookDelivery d WHERE d.subscriptionId = :s"
                        + " ORDER BY d.createdAt DESC, d.id DESC", WebhookDelivery.class)
                .setParameter("s", s.id()).setFirstResult((int) first).setMaxResults(size).getResultList();
        long total = data.em().createQuery("SELECT COUNT(d) FROM WebhookDelivery d WHERE d.subscriptionId = :s", Long.class)
                .setParameter("s", s.id()).getSingleResult();
        return new DeliveryPage(items, total);
    }

    /** Gives a dead delivery one more attempt at the sender's next run. */
    public WebhookDelivery retry(WebhookCaller caller, long id, long deliveryId) {
        WebhookSubscription s = require(caller, id);
        WebhookDelivery d = data.em().find(WebhookDelivery.class, deliveryId);
        if (d == null || d.subscriptionId() != s.id()) {
            throw new NotFoundException("Webhook delivery", deliveryId);
        }
        d.retryManually(clock.instant());
        return d;
    }
}
