package id.pendopo.complaint;

import id.pendopo.calendar.SlaPolicy;
import id.pendopo.calendar.WorkingCalendars;
import id.pendopo.shared.NotFoundException;
import id.pendopo.tenancy.TenantAccess;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRef;
import id.pendopo.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The citizen's side: following a complaint by its tracking id, and, with the secret handed out at
 * submission, replying, confirming and rating, or reopening. Tracking ids are unique on the platform and their
 * prefix names the tenant, so the citizen needs nothing else.
 *
 * <p>Without the secret only a public complaint can be seen ({@link Complaint#isPublic()}); any other answers
 * "not found", so that a tracking id cannot be used to learn that a confidential report exists.
 */
@ApplicationScoped
public class ComplaintTracking {

    @Inject
    TenantRepository tenants;
    @Inject
    TenantAccess access;
    @Inject
    ComplaintRepository complaints;
    @Inject
    WorkingCalendars calendars;
    @Inject
    Clock clock;
    @Inject
    Event<ComplaintChanged> changes;

    public ComplaintTracking() {
    }

    /** For tools and tests outside a container; {@code access} and {@code changes} may be null. */
    public ComplaintTracking(TenantRepository tenants, TenantAccess access, ComplaintRepository complaints,
            WorkingCalendars calendars, Clock clock, Event<ComplaintChanged> changes) {
        this.tenants = tenants;
        this.access = access;
        this.complaints = complaints;
        this.calendars = calendars;
        this.clock = clock;
        this.changes = changes;
    }

    /** The tenant that owns {@code id}, if it may be used now; the caller enters it before the other methods. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TenantRef tenantOf(TrackingId id) {
        var tenant = tenants.findByTrackingPrefix(id.prefix())
                .orElseThrow(() -> new NotFoundException("Complaint", id));
        return access == null ? tenant.ref() : access.resolve(tenant.slug());
    }

    /** The complaint as anyone may see it; not found unless it is public. */
    @Transactional
    public Complaint forPublic(TrackingId id) {
        return complaints.findByTrackingId(id).filter(Complaint::isPublic)
                .orElseThrow(() -> new NotFoundException("Complaint", id));
    }

    /**
     * The complaint as its reporter sees it, proven by the secret. A wrong secret is refused as such, except for a
     * CONFIDENTIAL complaint: there it is not found, as without a secret, so guessing does not reveal that it exists.
     */
    @Transactional
    public Complaint forReporter(TrackingId id, String secret) {
        Complaint c = complaints.findByTrackingId(id).orElseThrow(() -> new NotFoundException("Complaint", id));
        if (secret == null || !c.verifySecret(secret)) {
            if (!c.isListedPublicly()) {
                throw new NotFoundException("Complaint", id);
            }
            throw new InvalidTrackingSecretException(id.value());
        }
        return c;
    }

    /** A message from the reporter to the staff, shown in the conversation as the reporter's. */
    @Transactional
    public Complaint reply(TrackingId id, String secret, String body) {
        return act(id, secret, c -> c.replyFromReporter(body, clock.instant()));
    }

    /** The reporter confirms the resolution and rates it from 1 to 5. */
    @Transactional
    public Complaint confirmAndRate(TrackingId id, String secret, int rating, String comment) {
        return act(id, secret, c -> c.confirmAndClose(rating, Actor.reporter(null), clock.instant(), comment));
    }

    /** The reporter says the matter is not solved; the agencies follow up again by a new deadline. */
    @Transactional
    public Complaint reopen(TrackingId id, String secret, String reason) {
        Instant now = clock.instant();
        SlaPolicy policy = calendars.slaPolicy();
        Instant due = policy.followUpDue(now);
        return act(id, secret, c -> {
            c.reopen(reason, due, Actor.reporter(null), now);
            c.deadlineCountedIn(policy.followUpDays());
        });
    }

    private Complaint act(TrackingId id, String secret, Consumer<Complaint> change) {
        Complaint c = forReporter(id, secret);
        int before = c.events().size();
        change.accept(c);
        if (changes != null && c.events().size() > before) {
            changes.fire(ComplaintChanged.of(TenantContext.require().id(), c));
        }
        return c;
    }
}
