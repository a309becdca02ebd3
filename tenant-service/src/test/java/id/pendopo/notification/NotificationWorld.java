package id.pendopo.notification;

import id.pendopo.calendar.WorkingCalendars;
import id.pendopo.complaint.ComplaintChanged;
import id.pendopo.complaint.ComplaintReplied;
import id.pendopo.complaint.ComplaintDesk;
import id.pendopo.complaint.ComplaintHandoffs;
import id.pendopo.complaint.ComplaintIntake;
import id.pendopo.complaint.ComplaintTracking;
import id.pendopo.complaint.TrackingIds;
import id.pendopo.notification.webhook.WebhookOutbox;
import id.pendopo.notification.webhook.WebhookSecrets;
import id.pendopo.notification.webhook.WebhookSender;
import id.pendopo.notification.webhook.WebhookTargets;
import id.pendopo.notification.webhook.Webhooks;
import id.pendopo.region.RegionDirectory;
import id.pendopo.tenancy.TenantAccess;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.testing.ComplaintWorld;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * {@link ComplaintWorld} with the notification observers attached the way CDI attaches them: called
 * synchronously, inside the transaction of the change. Email goes to a {@link SmtpSink}; SMS is disabled
 * unless a test passes a channel.
 */
final class NotificationWorld implements AutoCloseable {

    final ComplaintWorld world;
    final SmtpSink smtp;
    final EmailChannel email;
    final NotificationChannels channels;
    final NotificationOutbox outbox;
    final NotificationSender sender;
    final TenantRepository tenants;
    final ComplaintIntake intake;
    final ComplaintHandoffs handoffs;
    final ComplaintDesk desk;
    final ComplaintTracking tracking;
    final Webhooks webhooks;
    final WebhookSender webhookSender;
    /** The platform key webhook secrets are sealed with. */
    final WebhookSecrets secrets = new WebhookSecrets(new byte[32]);
    final List<ComplaintChanged> changes = new ArrayList<>();
    /** The DNS webhooks see: names put here resolve to the address given ("" resolves to nothing); other names to a public one. */
    final Map<String, String> dns = new ConcurrentHashMap<>();

    NotificationWorld() throws Exception {
        this(List.of());
    }

    NotificationWorld(List<NotificationChannel> extraChannels) throws Exception {
        world = new ComplaintWorld();
        smtp = new SmtpSink();
        email = new EmailChannel(new MailSettings(true, "127.0.0.1", smtp.port(), "Pendopo Langkat <lapor@langkatkab.go.id>",
                "", "", false));
        List<NotificationChannel> all = new ArrayList<>(extraChannels);
        all.add(email);
        channels = new NotificationChannels(all);
        outbox = new NotificationOutbox(world.data, channels, world.clock);
        sender = new NotificationSender(outbox, channels, world.tx);
        tenants = new TenantRepository(world.em);
        var reporter = new ReporterNotifications(world.complaints, new TenantAccess(tenants, world.clock, java.time.Duration.ZERO), outbox, NotificationLinks.LOCAL);
        var hooks = new WebhookOutbox(world.data, world.complaints, world.clock);
        Event<ComplaintChanged> events = new Dispatching<>(List.of(changes::add, reporter::on, hooks::on));
        Event<ComplaintReplied> replies = new Dispatching<>(List.of(reporter::onReply));
        WorkingCalendars calendars = new WorkingCalendars(world.data, tenants);
        intake = new ComplaintIntake(world.complaints, world.categories, new RegionDirectory(world.em),
                new TenantAccess(tenants, world.clock, java.time.Duration.ZERO), calendars,
                new TrackingIds(world.data, world.tx, 1), world.tx, world.clock, events);
        handoffs = new ComplaintHandoffs(world.em, tenants, world.complaints, world.categories,
                new RegionDirectory(world.em), intake, world.tx, world.clock);
        desk = new ComplaintDesk(world.complaints, world.agencies, calendars, world.clock, events, replies,
                new TenantAccess(tenants, world.clock, java.time.Duration.ZERO), handoffs, new RegionDirectory(world.em));
        tracking = new ComplaintTracking(tenants, null, world.complaints, calendars, world.clock, events);
        var targets = new WebhookTargets(this::resolve, true);
        webhooks = new Webhooks(world.data, world.clock, targets, secrets);
        webhookSender = new WebhookSender(world.data, world.tx, targets, secrets, world.clock);
    }

    private InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.equals("localhost")) {
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        }
        String address = host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*") ? host : dns.getOrDefault(host, "198.51.101.7");
        if (address.isEmpty()) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }

    <T> T inTx(java.util.function.Supplier<T> work) {
        return world.inTx(work);
    }

    @Override
    public void close() throws Exception {
        smtp.close();
        world.close();
    }

    /** CDI's synchronous delivery: every observer, in order, in the caller's transaction. */
    private record Dispatching<T>(List<Consumer<T>> observers) implements Event<T> {

        @Override
        public void fire(T event) {
            observers.forEach(o -> o.accept(event));
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            fire(event);
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return fireAsync(event);
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
