package id.pendopo.complaint;

import id.pendopo.agency.Agency;
import id.pendopo.agency.AgencyRepository;
import id.pendopo.calendar.SlaPolicy;
import id.pendopo.calendar.WorkingCalendars;
import id.pendopo.region.RegionDirectory;
import id.pendopo.shared.Validation;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantAccess;
import id.pendopo.tenancy.TenantAccessDeniedException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The staff's acts on the current tenant's complaints, each in one transaction: verification, disposition to
 * agencies, the agencies' follow-up, resolution, conversation. Deadlines come from the tenant's
 * {@link SlaPolicy}, instants from the injected clock; the {@link Complaint} aggregate decides what is legal.
 * Who may call what (a coordinator, or an officer of a disposed agency) is checked by the callers' role checks
 * and, for agency officers, by {@link #respond} against the complaint's dispositions.
 */
@ApplicationScoped
@Transactional
public class ComplaintDesk {

    @Inject
    ComplaintRepository complaints;
    @Inject
    AgencyRepository agencies;
    @Inject
    WorkingCalendars calendars;
    @Inject
    Clock clock;
    @Inject
    Event<ComplaintChanged> changes;
    @Inject
    Event<ComplaintReplied> replies;
    @Inject
    TenantAccess tenants;
    @Inject
    ComplaintHandoffs handoffs;
    @Inject
    RegionDirectory regions;

    public ComplaintDesk() {
    }

    /** For tools and tests outside a container; {@code changes} and {@code replies} may be null. */
    public ComplaintDesk(ComplaintRepository complaints, AgencyRepository agencies, WorkingCalendars calendars,
            Clock clock, Event<ComplaintChanged> changes, Event<ComplaintReplied> replies, TenantAccess tenants,
            ComplaintHandoffs handoffs, RegionDirectory regions) {
        this.replies = replies;
        this.tenants = tenants;
        this.handoffs = handoffs;
        this.regions = regions;
        this.complaints = complaints;
        this.agencies = agencies;
        this.calendars = calendars;
        this.clock = clock;
        this.changes = changes;
    }

    public Complaint verify(TrackingId id, Actor coordinator, String note) {
        return act(id, c -> c.verify(coordinator, clock.instant(), note));
    }

    public Complaint defer(TrackingId id, Actor coordinator, String reason) {
        return act(id, c -> c.defer(reason, coordinator, clock.instant()));
    }

    /**
     * Bukan wewenang: to another regency of the platform, which must exist and be active. The hand-off is recorded
     * with the forwarding; call {@link ComplaintHandoffs#deliverNow} after this transaction committed, so the
     * receiving regency gets its copy at once rather than at the next sweep.
     */
    public Complaint forwardToOtherTenant(TrackingId id, String tenantSlug, Actor coordinator, String note) {
        TenantRef target = requireOtherActiveTenant(tenantSlug);
        Complaint c = act(id, it -> it.forwardToOtherTenant(tenantSlug, coordinator, clock.instant(), note));
        // A concurrent forwarding of the same complaint fails here on its version (409), before the hand-off's
        // unique key could fail in a way that reads as an unexpected error.
        complaints.flush();
        handoffs.open(c, target.id(), c.statusNote());
        return c;
    }

    public Complaint declareNotOurJurisdiction(TrackingId id, Actor coordinator, String note) {
        return act(id, c -> c.declareNotOurJurisdiction(note, coordinator, clock.instant()));
    }

    /** Archives as a duplicate of {@code original}, which must be another complaint of this tenant. */
    public Complaint archiveAsDuplicate(TrackingId id, TrackingId original, Actor coordinator, String note) {
        if (original == null || complaints.findByTrackingId(original).isEmpty()) {
            throw ValidationException.of("duplicateOf", "is not a complaint of this regency: " + original);
        }
        return act(id, c -> c.archiveAsDuplicate(original, coordinator, clock.instant(), note));
    }

    public Complaint archiveAsSpam(TrackingId id, Actor coordinator, String note) {
        return act(id, c -> c.archiveAsSpam(coordinator, clock.instant(), note));
    }

    public Complaint archiveAsIncomplete(TrackingId id, Actor coordinator, String note) {
        return act(id, c -> c.archiveAsIncomplete(note, coordinator, clock.instant()));
    }

    public Complaint raisePrivacy(TrackingId id, PrivacyMode to, Actor coordinator, String note) {
        return act(id, c -> c.raisePrivacy(to, coordinator, clock.instant(), note));
    }

    /**
     * Corrects the kecamatan and desa, which must be of this regency. An address left out (null) stays as it was, a
     * blank one is removed; the map point is a pair: both given replace it, neither keeps it. The timeline says what
     * changed, by name, with the coordinator's note.
     */
    public Complaint relocate(TrackingId id, Location to, Actor coordinator, String note) {
        Validation v = new Validation().require(to != null, "location", "is required")
                .maxLength(note, Complaint.MAX_NOTE, "note");
        if (to != null) {
            v.require((to.latitude() == null) == (to.longitude() == null), "location",
                    "latitude and longitude must be given together");
            RegencyPlaces.check(to, tenants.snapshot(TenantContext.require().id()), regions, v);
        }
        v.throwIfInvalid();
        return act(id, c -> {
            Location from = c.location();
            String address = to.address() == null ? from.address() : to.address().isBlank() ? null : to.address();
            boolean newPoint = to.latitude() != null;
            Location place = new Location(to.districtCode(), to.villageCode(), address,
                    newPoint ? to.latitude() : from.latitude(), newPoint ? to.longitude() : from.longitude());
            c.relocate(place, coordinator, clock.instant(), placeChange(from, place, note));
        });
    }

    /** "Kota Medan → Medan Tuntungan, Simpang Selayang: <note>", by the regions' names. */
    private String placeChange(Location from, Location to, String note) {
        String change = RegencyPlaces.name(from, regions) + " → " + RegencyPlaces.name(to, regions);
        return note == null || note.isBlank() ? change : change + ": " + note.strip();
    }

    /** Sends to the given agencies, which must be active agencies of this tenant; the follow-up deadline starts now. */
    public Complaint dispose(TrackingId id, Set<Long> agencyIds, Actor coordinator, String note) {
        if (agencyIds != null) {
            for (Long agencyId : agencyIds) {
                boolean usable = agencyId != null && agencies.find(agencyId).filter(Agency::active).isPresent();
                if (!usable) {
                    throw ValidationException.of("agencyIds", "is not an active agency of this regency: " + agencyId);
                }
            }
        }
        Instant now = clock.instant();
        SlaPolicy policy = calendars.slaPolicy();
        Instant due = policy.followUpDue(now);
        return act(id, c -> {
            c.dispose(agencyIds, due, coordinator, now, note);
            c.deadlineCountedIn(policy.followUpDays());
        });
    }

    /** An agency's follow-up. The aggregate refuses an agency the complaint was not sent to. */
    public Complaint respond(TrackingId id, long agencyId, String response, Actor officer) {
        return act(id, c -> c.recordAgencyResponse(agencyId, response, officer, clock.instant()));
    }

    /** Resolved; the citizen may reopen it until the auto-close deadline. */
    public Complaint resolve(TrackingId id, Actor coordinator, String note) {
        Instant now = clock.instant();
        SlaPolicy policy = calendars.slaPolicy();
        Instant until = policy.autoCloseAt(now);
        return act(id, c -> {
            c.resolve(until, coordinator, now, note);
            c.deadlineCountedIn(policy.autoCloseDays());
        });
    }

    /** A reply to the reporter: shown on their tracking page and sent to them as a notification. */
    public Complaint reply(TrackingId id, Actor author, String body) {
        Instant now = clock.instant();
        Complaint c = act(id, x -> x.replyToReporter(author, body, now));
        if (replies != null) {
            replies.fire(new ComplaintReplied(TenantContext.require().id(), c.id(), c.trackingId().value(), body.strip(), now));
        }
        return c;
    }

    /** An internal note between staff. */
    public Complaint note(TrackingId id, Actor author, String body) {
        return note(id, null, author, body);
    }

    /**
     * An internal note by an agency officer of {@code agencyScope}, or by a coordinator when it is null: an agency
     * writes only on what was disposed to it, and anything else is not found, as in its inbox.
     */
    public Complaint note(TrackingId id, Long agencyScope, Actor author, String body) {
        return act(id, c -> {
            if (agencyScope != null && !c.disposedAgencyIds().contains(agencyScope)) {
                throw new NotFoundException("Complaint", id.value());
            }
            c.addMessage(MessageVisibility.INTERNAL_NOTE, author, body, clock.instant());
        });
    }

    /** Closes one resolved complaint whose reopen window is over; used by the auto-close sweep. */
    public Complaint autoClose(TrackingId id) {
        return act(id, c -> c.autoClose(clock.instant()));
    }

    private Complaint act(TrackingId id, Consumer<Complaint> change) {
        Complaint c = complaints.require(id);
        int before = c.events().size();
        change.accept(c);
        if (changes != null && c.events().size() > before) {
            changes.fire(ComplaintChanged.of(TenantContext.require().id(), c));
        }
        return c;
    }

    private TenantRef requireOtherActiveTenant(String slug) {
        if (slug == null || slug.isBlank()) {
            throw ValidationException.of("tenantSlug", "is required: the regency that is responsible",
                    ValidationException.REQUIRED);
        }
        if (slug.equals(TenantContext.require().slug())) {
            throw ValidationException.of("tenantSlug", "is this regency itself; name the regency that is responsible");
        }
        try {
            return tenants.resolve(slug);
        } catch (TenantAccessDeniedException e) {
            throw ValidationException.of("tenantSlug", "is not an active regency on this platform: '" + slug + "'");
        }
    }
}
