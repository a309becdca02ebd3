package id.pendopo.complaint;

import id.pendopo.region.RegionDirectory;
import id.pendopo.shared.Transactions;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.tenancy.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pelimpahan: a report one regency declared not its own reaches the regency it forwarded it to, as a new complaint
 * of that regency (channel {@link Channel#FORWARDED}), which then runs its own verification and SLA.
 *
 * <p>{@link #open} records the hand-off in the forwarding's transaction. {@link #deliver} then makes the copy, right
 * after the forwarding committed, and the complaint sweep retries what is still pending ({@link #deliverPending}),
 * after waits that grow from 5 minutes to 6 hours, for as long as it takes: a suspended regency can come back.
 * Only a regency that was closed (archived or purged) makes it {@link ComplaintHandoff.Status#FAILED}.
 * The copy is created in the receiving regency's transaction that also marks the hand-off done, under a lock of
 * the hand-off row, so however often delivery runs, on however many nodes, the copy is made once.
 *
 * <p>The copy keeps the report's type, title, text, address, map point, files, reporter, privacy mode and the hash of
 * the reporter's tracking secret, so the reporter follows the new tracking id with the secret they hold. It takes the
 * same category if the receiving regency has it active, else {@code LAINNYA}, else its first active category. The
 * kecamatan codes belong to the forwarding regency, so the copy's location names the receiving regency as a whole
 * ({@code 12.71}) until its staff know better; the first timeline entry tells staff where the report came from,
 * with the old kecamatan and desa by name and the forwarding coordinator's note.
 */
@ApplicationScoped
public class ComplaintHandoffs {

    private static final Logger LOG = Logger.getLogger(ComplaintHandoffs.class.getName());
    static final String FALLBACK_CATEGORY = "LAINNYA";
    private static final int BATCH = 100;

    @PersistenceContext(unitName = "pendopo")
    EntityManager em;
    @Inject
    TenantRepository tenants;
    @Inject
    ComplaintRepository complaints;
    @Inject
    ComplaintCategories categories;
    @Inject
    RegionDirectory regions;
    @Inject
    ComplaintIntake intake;
    @Inject
    Transactions tx;
    @Inject
    Clock clock;

    public ComplaintHandoffs() {
    }

    /** For tools and tests outside a container. */
    public ComplaintHandoffs(EntityManager em, TenantRepository tenants, ComplaintRepository complaints,
            ComplaintCategories categories, RegionDirectory regions, ComplaintIntake intake, Transactions tx, Clock clock) {
        this.em = em;
        this.tenants = tenants;
        this.complaints = complaints;
        this.categories = categories;
        this.regions = regions;
        this.intake = intake;
        this.tx = tx;
        this.clock = clock;
    }

    /** In the forwarding's transaction: the current tenant's {@code complaint} is to reach {@code targetTenantId}. */
    void open(Complaint complaint, String targetTenantId, String note) {
        Tenant source = tenants.find(TenantContext.require().id()).orElseThrow();
        Tenant target = tenants.find(targetTenantId).orElseThrow();
        em.persist(new ComplaintHandoff(source, complaint.trackingId(), target, note, clock.instant()));
    }

    /** The hand-off of the current tenant's complaint {@code source}, if it was forwarded. */
    public Optional<ComplaintHandoff> of(TrackingId source) {
        return em.createQuery("SELECT h FROM ComplaintHandoff h WHERE h.sourceTenantId = :t AND h.sourceTrackingId = :id",
                        ComplaintHandoff.class)
                .setParameter("t", TenantContext.require().id()).setParameter("id", source.value())
                .getResultStream().findFirst();
    }

    /** The hand-off that made the current tenant's complaint {@code copy}, if another regency forwarded it. */
    public Optional<ComplaintHandoff> madeInto(TrackingId copy) {
        return em.createQuery("SELECT h FROM ComplaintHandoff h WHERE h.targetTenantId = :t AND h.targetTrackingId = :id",
                        ComplaintHandoff.class)
                .setParameter("t", TenantContext.require().id()).setParameter("id", copy.value())
                .getResultStream().findFirst();
    }

    /**
     * Right after the forwarding of the current tenant's {@code source} committed: makes the copy now, so the
     * receiving regency sees it at once. A failure is only logged; the sweep tries again.
     */
    public void deliverNow(TrackingId source) {
        String sourceTenant = TenantContext.require().id();
        try {
            tx.inNew(() -> of(source)).ifPresent(h -> deliver(h.id()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not hand over complaint " + source + " of tenant " + sourceTenant
                    + " yet; the complaint sweep tries again", e);
        }
    }

    /**
     * The platform's pending hand-offs whose next attempt is due, longest waiting first, at most a batch; answers how
     * many were delivered. One that fails in an unexpected way does not stop the others.
     */
    public int deliverPending() {
        Instant now = clock.instant();
        List<Long> due = tx.inNew(() -> em.createQuery("SELECT h.id FROM ComplaintHandoff h WHERE h.status = :p"
                        + " AND h.nextAttemptAt <= :now ORDER BY h.nextAttemptAt, h.id", Long.class)
                .setParameter("p", ComplaintHandoff.Status.PENDING).setParameter("now", now)
                .setMaxResults(BATCH).getResultList());
        int delivered = 0;
        for (long id : due) {
            try {
                if (deliver(id) == ComplaintHandoff.Status.DONE) {
                    delivered++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Hand-off " + id + " could not be tried", e);
            }
        }
        return delivered;
    }

    /**
     * Makes the receiving regency's copy of hand-off {@code id} unless it has one; answers the hand-off's status
     * afterwards. Needs no tenant: it works as the forwarding regency to read, and as the receiving one to write.
     */
    public ComplaintHandoff.Status deliver(long id) {
        ComplaintHandoff handoff = tx.inNew(() -> em.find(ComplaintHandoff.class, id));
        if (handoff == null || handoff.status() != ComplaintHandoff.Status.PENDING) {
            return handoff == null ? null : handoff.status();
        }
        try {
            Optional<Tenant> found = tx.inNew(() -> tenants.find(handoff.targetTenantId()));
            if (found.isEmpty() || found.get().status() == TenantStatus.ARCHIVED) {
                return failed(id, handoff.targetName() + " was closed; the report was not handed over", true);
            }
            Tenant target = found.get();
            if (target.status() != TenantStatus.ACTIVE) {
                return failed(id, target.name() + " is " + target.status() + "; tried again later", false);
            }
            Tenant source = tx.inNew(() -> tenants.find(handoff.sourceTenantId())).orElseThrow();
            Parcel parcel;
            try (TenantContext.Scope s = TenantContext.enter(source.ref())) {
                parcel = tx.inNew(() -> Parcel.of(complaints.require(handoff.sourceTrackingId()), handoff.sourceName(),
                        regions));
            }
            try (TenantContext.Scope s = TenantContext.enter(target.ref())) {
                String category = tx.inNew(() -> categoryFor(parcel.categoryCode(), categories.active().stream()
                        .map(ComplaintCategory::code).toList()));
                intake.receiveForwarded(parcel.reportFor(target, category), parcel.files(), parcel.secret(),
                        new Actor("regency:" + source.slug(), handoff.sourceName()),
                        parcel.noteFor(handoff.note().orElse(null)),
                        receipt -> {
                            ComplaintHandoff locked = em.find(ComplaintHandoff.class, id, LockModeType.PESSIMISTIC_WRITE);
                            if (locked == null || locked.status() != ComplaintHandoff.Status.PENDING) {
                                throw new AlreadyHandedOver(); // another node was first: this copy rolls back
                            }
                            locked.done(receipt.trackingId(), clock.instant());
                            complaints.require(receipt.trackingId()).carryOver(parcel.conversation());
                            return receipt;
                        });
            }
            return ComplaintHandoff.Status.DONE;
        } catch (AlreadyHandedOver e) {
            return ComplaintHandoff.Status.DONE;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Hand-off " + id + " of complaint " + handoff.sourceTrackingId() + " failed", e);
            return failed(id, String.valueOf(e.getMessage()), false);
        }
    }

    private ComplaintHandoff.Status failed(long id, String why, boolean giveUp) {
        return tx.inNew(() -> {
            ComplaintHandoff locked = em.find(ComplaintHandoff.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (locked == null) {
                return null; // purged meanwhile with its regency
            }
            if (locked.status() == ComplaintHandoff.Status.PENDING) {
                locked.failed(why, giveUp, clock.instant());
            }
            return locked.status();
        });
    }

    /** The copy's category: the same if active here, else {@value #FALLBACK_CATEGORY}, else the first active one. */
    static String categoryFor(String sourceCode, List<String> activeHere) {
        if (activeHere.contains(sourceCode)) {
            return sourceCode;
        }
        if (activeHere.contains(FALLBACK_CATEGORY)) {
            return FALLBACK_CATEGORY;
        }
        return activeHere.stream().sorted().findFirst().orElse(sourceCode); // none active: intake names the problem
    }

    /** The receiving regency's copy was made meanwhile, by another node or an earlier attempt. */
    private static final class AlreadyHandedOver extends RuntimeException {
        AlreadyHandedOver() {
            super("The complaint was handed over meanwhile", null, false, false);
        }
    }

    /** What the copy is made of, read from the forwarding regency's complaint. */
    record Parcel(TrackingId from, String fromRegency, ComplaintType type, String categoryCode, String title,
            String description, Location location, String place, Reporter reporter, PrivacyMode privacy,
            TrackingSecret secret, List<AttachmentPolicy.Accepted> files, List<Complaint.Carried> conversation) {

        static Parcel of(Complaint c, String source, RegionDirectory regions) {
            Location at = c.location();
            String place = RegencyPlaces.name(at, regions);
            return new Parcel(c.trackingId(), source, c.type(), c.categoryCode(), c.title(), c.description(),
                    at, place, c.reporterAsSeenBy(Viewer.COORDINATOR).orElse(null), c.privacyMode(), c.trackingSecret(),
                    // As the forwarding regency accepted and cleaned them: not judged again under today's rules.
                    c.attachments().stream()
                            .map(a -> new AttachmentPolicy.Accepted(a.fileName(), a.mediaType(), a.content())).toList(),
                    // The conversation with the reporter (a clarification they sent, a question they were asked) goes
                    // along; the forwarding regency's internal notes stay there.
                    c.publicReplies().stream().map(m -> new Complaint.Carried(m.author().isReporter() ? m.author()
                            : new Actor(m.author().id(), clip(m.author().displayName() + " (" + source + ")", 120)),
                            m.body(), m.postedAt())).toList());
        }

        /** At most {@code max} chars, never splitting a character outside the BMP (an emoji in a name). */
        private static String clip(String s, int max) {
            if (s.length() <= max) {
                return s;
            }
            return s.substring(0, Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max);
        }

        /** The report as the receiving regency {@code target} gets it, in its category {@code category}. */
        NewComplaint reportFor(Tenant target, String category) {
            Location here = new Location(target.kode(), null, location.address(), location.latitude(), location.longitude());
            return new NewComplaint(type, category, title, description, here, Channel.FORWARDED, reporter, privacy);
        }

        /** The first timeline entry of the copy, for the receiving staff. */
        String noteFor(String forwardingNote) {
            String note = "Limpahan dari " + fromRegency + ", laporan " + from.value()
                    + (place.isEmpty() ? "" : "; lokasi menurut pelapor: " + place)
                    + (forwardingNote == null || forwardingNote.isBlank() ? "" : ". Catatan: " + forwardingNote.strip());
            return note.length() <= Complaint.MAX_NOTE ? note : note.substring(0, Complaint.MAX_NOTE);
        }
    }
}
