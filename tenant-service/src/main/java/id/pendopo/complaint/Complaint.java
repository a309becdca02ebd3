package id.pendopo.complaint;

import static id.pendopo.complaint.ComplaintStatus.ARCHIVED;
import static id.pendopo.complaint.ComplaintStatus.CLOSED;
import static id.pendopo.complaint.ComplaintStatus.DEFERRED;
import static id.pendopo.complaint.ComplaintStatus.DISPOSED;
import static id.pendopo.complaint.ComplaintStatus.FOLLOWED_UP;
import static id.pendopo.complaint.ComplaintStatus.NOT_OUR_JURISDICTION;
import static id.pendopo.complaint.ComplaintStatus.RECEIVED;
import static id.pendopo.complaint.ComplaintStatus.RESOLVED;
import static id.pendopo.complaint.ComplaintStatus.VERIFIED;

import id.pendopo.calendar.SlaPolicy;
import id.pendopo.calendar.WorkingCalendar;
import id.pendopo.shared.ConflictException;
import id.pendopo.shared.Validation;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantSlug;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A citizen's report (laporan) in the LAPOR! SP4N workflow of Permenpan RB 62/2018: a complaint, an aspiration
 * or a request for information, followed from receipt to the citizen's confirmation.
 *
 * <pre>
 *  RECEIVED ──defer──▶ DEFERRED
 *     │ ╲                 │  (verify / archive / not-our-jurisdiction, same as from RECEIVED)
 *     │  ╲── archive ──▶ ARCHIVED (DUPLICATE of a tracking id | SPAM | INCOMPLETE)          final
 *     │   ╲─ notOurs ──▶ NOT_OUR_JURISDICTION (forwarded to another tenant, or with a note) final
 *   verify
 *     ▼
 *  VERIFIED ──dispose(agencies)──▶ DISPOSED ──last agency responds──▶ FOLLOWED_UP ──resolve──▶ RESOLVED
 *                                     ▲                                                        │    │
 *                                     └──────── reopen (citizen, before reopenableUntil) ──────┘    │
 *                                          confirmAndClose(rating 1-5) / autoClose (window over) ──▶ CLOSED final
 * </pre>
 *
 * <p>Rules the regulation leaves open, decided here:
 * <ul>
 * <li>A complaint becomes FOLLOWED_UP when <em>every</em> agency it was sent to has responded (one response
 * each); until then it stays DISPOSED and its follow-up SLA keeps running, so no agency hides behind another.
 * <li>Reopening returns to DISPOSED with the same agencies, and clears their responses: the citizen said the
 * matter is not solved, so each agency must follow up again, against a new follow-up due date.
 * <li>The reopen window ends at {@code reopenableUntil}, computed by the caller with the working-day calendar
 * when resolving. The citizen may reopen strictly before it; auto-close is allowed from that instant on.
 * <li>A report is public only once verified and only if its privacy mode allows it: before verification the
 * coordinator may still raise its protection, which would be pointless after it was published.
 * <li>Privacy may be raised until the complaint is disposed (RECEIVED, DEFERRED, VERIFIED), never lowered.
 * <li>Deferring does not stop the verification SLA.
 * <li>The aggregate never reads the clock: every method takes the instant of the act.
 * </ul>
 *
 * <p>Every transition appends a {@link ComplaintEvent}; illegal ones throw {@link ConflictException} of type
 * {@value #ILLEGAL_TRANSITION}. {@link #allowedActions(Instant)} lists what the current state allows.
 */
@Entity
@Table(name = "complaint")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36)
public class Complaint {

    public static final String ILLEGAL_TRANSITION = "illegal-complaint-transition";
    public static final String PRIVACY_CANNOT_BE_LOWERED = "privacy-cannot-be-lowered";
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_NOTE = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_id", nullable = false, length = 13)
    private String trackingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "complaint_type", nullable = false, length = 24)
    private ComplaintType type;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Embedded
    private Location location;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;

    @Embedded
    private Reporter reporter;

    @Column(name = "tracking_secret_hash", nullable = false, length = 200)
    private String trackingSecretHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "privacy_mode", nullable = false, length = 12)
    private PrivacyMode privacyMode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private ComplaintStatus status;

    @Column(name = "status_note", length = MAX_NOTE)
    private String statusNote;

    @Column(name = "forwarded_to_tenant", length = 40)
    private String forwardedToTenant;

    @Enumerated(EnumType.STRING)
    @Column(name = "archive_reason", length = 12)
    private ArchiveReason archiveReason;

    @Column(name = "duplicate_of", length = 13)
    private String duplicateOf;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "verification_due_at", nullable = false)
    private Instant verificationDueAt;

    @Column(name = "follow_up_due_at")
    private Instant followUpDueAt;

    /**
     * The deadline that applies now (verification while RECEIVED, DEFERRED or VERIFIED, follow-up while DISPOSED), or
     * {@link #NO_DEADLINE}: stored, with an index, so "due soonest" is an index scan at a million complaints.
     */
    @Column(name = "current_due_at", nullable = false)
    private Instant currentDueAt;

    /**
     * The deadline now running while nobody was told yet that it was missed ({@link #currentDueAt}, set whenever that
     * changes), null once the escalation sweep told the coordinators (it clears the column itself, without a new
     * version, so that no one's open edit conflicts with it) or when nothing is due:
     * stored, with an index, so the sweep reads only deadlines still to be escalated, however many were before.
     */
    @Column(name = "escalate_after")
    private Instant escalateAfter;

    /** The working days the running deadline was counted with; null when unknown (rows from before V20). */
    @Column(name = "deadline_days")
    private Integer deadlineDays;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "reopenable_until")
    private Instant reopenableUntil;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the status last changed; {@link #updatedAt} also moves for notes and recounts nobody outside sees. */
    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt ASC, id ASC")
    private List<ComplaintEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("postedAt ASC, id ASC")
    private List<ComplaintMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<Disposition> dispositions = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<Attachment> attachments = new ArrayList<>();

    protected Complaint() {
    }

    /**
     * A complaint just received. {@code verificationDueAt} is the verification deadline the caller computed with
     * the tenant's working-day calendar; the tracking id comes from the tenant's sequence.
     */
    public static Complaint receive(TrackingId trackingId, NewComplaint report, TrackingSecret secret, Actor receivedBy,
            Instant at, Instant verificationDueAt) {
        return receive(trackingId, report, secret, receivedBy, at, verificationDueAt, null);
    }

    /**
     * As {@link #receive(TrackingId, NewComplaint, TrackingSecret, Actor, Instant, Instant)}, with a note on the
     * receipt for staff, e.g. where a forwarded report came from.
     */
    static Complaint receive(TrackingId trackingId, NewComplaint report, TrackingSecret secret, Actor receivedBy,
            Instant at, Instant verificationDueAt, String note) {
        Validation v = reportRules(report)
                .require(trackingId != null, "trackingId", "is required")
                .require(secret != null, "trackingSecret", "is required")
                .require(at != null && verificationDueAt != null && !verificationDueAt.isBefore(at),
                        "verificationDueAt", "must not be before the receipt");
        v.throwIfInvalid();

        Complaint c = new Complaint();
        c.trackingId = trackingId.value();
        c.type = report.type();
        c.categoryCode = report.categoryCode();
        c.title = report.title().strip();
        c.description = report.description();
        c.location = report.location();
        c.channel = report.channel();
        c.reporter = report.reporter() == null ? new Reporter(null, null, null) : report.reporter();
        c.trackingSecretHash = secret.encoded();
        c.privacyMode = report.privacyMode() == null ? PrivacyMode.DEFAULT : report.privacyMode();
        c.status = RECEIVED;
        c.statusChangedAt = at;
        c.receivedAt = at;
        c.verificationDueAt = verificationDueAt;
        c.updatedAt = at;
        c.record(ComplaintEventType.RECEIVED, receivedBy, at, optionalNote(note)); // the channel is a field of its own
        return c;
    }

    /** Adds files that passed {@link AttachmentPolicy}; a complaint carries at most {@value AttachmentPolicy#MAX_FILES}. */
    public void attach(List<AttachmentPolicy.Accepted> files, Instant at) {
        if (attachments.size() + files.size() > AttachmentPolicy.MAX_FILES) {
            throw ValidationException.of("attachments", "a complaint carries at most " + AttachmentPolicy.MAX_FILES + " files");
        }
        for (AttachmentPolicy.Accepted f : files) {
            attachments.add(new Attachment(this, attachments.size(), f, at));
        }
    }

    /** The rules a report must meet by itself, before it is numbered; every broken one is reported. */
    public static void check(NewComplaint report) {
        reportRules(report).throwIfInvalid();
    }

    private static Validation reportRules(NewComplaint report) {
        Validation v = new Validation()
                .require(report.type() != null, "type", "is required")
                .notBlank(report.categoryCode(), "categoryCode").maxLength(report.categoryCode(), 40, "categoryCode")
                .notBlank(report.title(), "title").maxLength(report.title(), MAX_TITLE, "title")
                .notBlank(report.description(), "description")
                .maxLength(report.description(), MAX_DESCRIPTION, "description")
                .require(report.location() != null, "location", "is required")
                .require(report.channel() != null, "channel", "is required");
        if (report.location() != null) {
            report.location().validate(v);
        }
        if (report.reporter() != null) {
            report.reporter().validate(v);
        }
        return v;
    }

    // ---- verification ----------------------------------------------------------------------------------

    /** The coordinator accepts the complaint as this regency's matter. */
    public void verify(Actor coordinator, Instant at, String note) {
        requireStatus(ComplaintAction.VERIFY, RECEIVED, DEFERRED);
        moveTo(VERIFIED, ComplaintEventType.VERIFIED, coordinator, at, optionalNote(note));
    }

    /** Tunda: verification waits, e.g. for the reporter to clarify; the reason is required and shown in the timeline. */
    public void defer(String reason, Actor coordinator, Instant at) {
        requireStatus(ComplaintAction.DEFER, RECEIVED);
        moveTo(DEFERRED, ComplaintEventType.DEFERRED, coordinator, at, requiredNote(reason, "reason"));
    }

    /** Bukan wewenang, forwarded to the tenant that is responsible ({@code tenantSlug}); the note is optional. */
    public void forwardToOtherTenant(String tenantSlug, Actor coordinator, Instant at, String note) {
        requireStatus(ComplaintAction.DECLARE_NOT_OUR_JURISDICTION, RECEIVED, DEFERRED);
        if (!TenantSlug.isValid(tenantSlug)) {
            throw ValidationException.of("tenantSlug", "is not a tenant slug: '" + tenantSlug + "'");
        }
        forwardedToTenant = tenantSlug;
        moveTo(NOT_OUR_JURISDICTION, ComplaintEventType.FORWARDED, coordinator, at, optionalNote(note));
    }

    /** Bukan wewenang, and no tenant of the platform is responsible: closed with a note telling the citizen where to go. */
    public void declareNotOurJurisdiction(String note, Actor coordinator, Instant at) {
        requireStatus(ComplaintAction.DECLARE_NOT_OUR_JURISDICTION, RECEIVED, DEFERRED);
        moveTo(NOT_OUR_JURISDICTION, ComplaintEventType.DECLARED_NOT_OUR_JURISDICTION, coordinator, at,
                requiredNote(note, "note"));
    }

    /** Archived as a duplicate of an earlier complaint, which the citizen is pointed to. */
    public void archiveAsDuplicate(TrackingId original, Actor coordinator, Instant at, String note) {
        requireStatus(ComplaintAction.ARCHIVE, RECEIVED, DEFERRED);
        if (original == null || original.value().equals(trackingId)) {
            throw ValidationException.of("duplicateOf", "must be the tracking id of another complaint");
        }
        duplicateOf = original.value();
        archive(ArchiveReason.DUPLICATE, coordinator, at, optionalNote(note));
    }

    public void archiveAsSpam(Actor coordinator, Instant at, String note) {
        requireStatus(ComplaintAction.ARCHIVE, RECEIVED, DEFERRED);
        archive(ArchiveReason.SPAM, coordinator, at, optionalNote(note));
    }

    /** Archived because it cannot be acted on as written; the note tells the citizen what was missing. */
    public void archiveAsIncomplete(String note, Actor coordinator, Instant at) {
        requireStatus(ComplaintAction.ARCHIVE, RECEIVED, DEFERRED);
        archive(ArchiveReason.INCOMPLETE, coordinator, at, requiredNote(note, "note"));
    }

    private void archive(ArchiveReason reason, Actor coordinator, Instant at, String note) {
        archiveReason = reason;
        moveTo(ARCHIVED, ComplaintEventType.ARCHIVED, coordinator, at, note); // the reason is archiveReason
    }

    /**
     * Raises the protection of the reporter, e.g. to CONFIDENTIAL when the report names the reporter's own
     * superior. Allowed until the complaint is disposed; lowering is refused, whatever the state.
     */
    public void raisePrivacy(PrivacyMode to, Actor coordinator, Instant at, String note) {
        if (to == null) {
            throw ValidationException.of("privacyMode", "is required: the new, higher mode", ValidationException.REQUIRED);
        }
        if (!to.protectsMoreThan(privacyMode)) {
            throw new ConflictException(PRIVACY_CANNOT_BE_LOWERED, "Complaint " + trackingId + " is " + privacyMode
                    + "; privacy can only be raised, not set to " + to);
        }
        requireStatus(ComplaintAction.RAISE_PRIVACY, RECEIVED, DEFERRED, VERIFIED);
        PrivacyMode from = privacyMode;
        privacyMode = to;
        updatedAt = at;
        record(ComplaintEventType.PRIVACY_RAISED, coordinator, at,
                from + " → " + to + (note == null || note.isBlank() ? "" : ": " + optionalNote(note)));
    }

    /**
     * Corrects where the matter is: a report the reporter placed in the wrong kecamatan, or one another regency
     * forwarded, which arrives placed in the regency as a whole. Allowed until the complaint is disposed, since the
     * agencies are chosen for a place. The caller checks the place against the tenant's regions and writes the
     * note (what changed).
     */
    public void relocate(Location to, Actor coordinator, Instant at, String note) {
        requireStatus(ComplaintAction.CORRECT_LOCATION, RECEIVED, DEFERRED, VERIFIED);
        Validation v = new Validation().require(to != null, "location", "is required");
        if (to != null) {
            to.validate(v);
        }
        v.throwIfInvalid();
        location = to;
        updatedAt = at;
        // The note is the caller's account of the change: cut to length rather than refused.
        record(ComplaintEventType.LOCATION_CORRECTED, coordinator, at, note == null || note.isBlank() ? null : note.strip());
    }

    /**
     * The deadline that is still running, counted again from its start with a changed calendar (a holiday added or
     * removed): verification from the receipt, follow-up from the disposition or reopening, the reopen window from
     * the resolution, each in the working days it was set with ({@link #deadlineCountedIn}; else {@code policy}'s). A deadline already
     * past at {@code now} stays as it was (it was missed, and perhaps escalated, under the calendar of its time), and
     * one still running moves no earlier than {@code notBefore}, the end of the tenant's current day.
     * Records no timeline entry; answers whether a deadline moved.
     */
    public boolean followCalendar(SlaPolicy policy, Instant now, Instant notBefore) {
        Instant verification = verificationDueAt;
        Instant followUp = followUpDueAt;
        Instant reopenable = reopenableUntil;
        WorkingCalendar calendar = policy.calendar();
        switch (status) {
            case RECEIVED, DEFERRED, VERIFIED -> {
                if (verificationDueAt.isAfter(now)) {
                    verificationDueAt = recounted(verificationDueAt,
                            calendar.addWorkingDays(receivedAt, countedIn(policy.verificationDays())), notBefore);
                }
            }
            case DISPOSED -> {
                if (followUpDueAt != null && followUpDueAt.isAfter(now)) {
                    followUpDueAt = recounted(followUpDueAt,
                            calendar.addWorkingDays(followUpStartedAt(), countedIn(policy.followUpDays())), notBefore);
                }
            }
            case RESOLVED -> {
                if (reopenableUntil != null && reopenableUntil.isAfter(now)) {
                    reopenableUntil = recounted(reopenableUntil,
                            calendar.addWorkingDays(resolvedAt, countedIn(policy.autoCloseDays())), notBefore);
                }
            }
            default -> {
                return false;
            }
        }
        boolean moved = !verificationDueAt.equals(verification) || !Objects.equals(followUpDueAt, followUp)
                || !Objects.equals(reopenableUntil, reopenable);
        if (moved) {
            keepCurrentDue();
            updatedAt = now;
        }
        return moved;
    }

    /** The working days the running deadline was set with, or {@code setting} (today's) when that is unknown. */
    private int countedIn(int setting) {
        return deadlineDays != null ? deadlineDays : setting;
    }

    /**
     * Remembers that the deadline just set (verification at receipt, follow-up at disposition or reopening, the
     * reopen window at resolution) was counted in {@code days} working days: a holiday edit later counts it again
     * with the same number, whatever the tenant's setting has become meanwhile.
     */
    public void deadlineCountedIn(int days) {
        deadlineDays = days;
    }

    /**
     * A running deadline counted again: earlier only as far as {@code notBefore} (the end of the tenant's current
     * day). Removing a holiday that has already passed would otherwise pull a deadline still running into the past:
     * a report overdue at once and escalated, a reporter's reopen window closed under them.
     */
    private static Instant recounted(Instant running, Instant recount, Instant notBefore) {
        if (!recount.isBefore(running) || !recount.isBefore(notBefore)) {
            return recount;
        }
        return running.isBefore(notBefore) ? running : notBefore;
    }

    /** When the running follow-up began: the last disposition or reopening. */
    private Instant followUpStartedAt() {
        for (int i = events.size() - 1; i >= 0; i--) {
            ComplaintEvent e = events.get(i);
            if (e.type() == ComplaintEventType.DISPOSED || e.type() == ComplaintEventType.REOPENED) {
                return e.occurredAt();
            }
        }
        throw new IllegalStateException("Complaint " + trackingId + " is DISPOSED without a disposition");
    }

    // ---- disposition and follow-up ---------------------------------------------------------------------

    /**
     * Disposisi: sends the verified complaint to one or more agencies, which must each respond by
     * {@code followUpDueAt} (computed by the caller with the working-day calendar). The caller checks that the
     * agencies belong to the tenant and are active.
     */
    public void dispose(Set<Long> agencyIds, Instant followUpDueAt, Actor coordinator, Instant at, String note) {
        requireStatus(ComplaintAction.DISPOSE, VERIFIED);
        Set<Long> agencies = agencyIds == null ? Set.of() : new LinkedHashSet<>(agencyIds);
        new Validation()
                .require(!agencies.isEmpty() && !agencies.contains(null), "agencyIds", "at least one agency is required")
                .require(followUpDueAt != null && !followUpDueAt.isBefore(at), "followUpDueAt",
                        "must not be before the disposition")
                .throwIfInvalid();
        for (Long agencyId : agencies) {
            dispositions.add(new Disposition(this, agencyId, at));
        }
        deadlineDays = null; // a new deadline: the caller records its days (deadlineCountedIn)
        this.followUpDueAt = followUpDueAt;
        // The agencies are the dispositions; the note is the coordinator's words only, as people read it.
        moveTo(DISPOSED, ComplaintEventType.DISPOSED, coordinator, at, optionalNote(note));
    }

    /**
     * Tindak lanjut: one agency's response. Each agency responds once; when the last one has, the complaint is
     * FOLLOWED_UP.
     */
    public void recordAgencyResponse(long agencyId, String response, Actor officer, Instant at) {
        requireStatus(ComplaintAction.RECORD_AGENCY_RESPONSE, DISPOSED);
        Disposition d = dispositionTo(agencyId).orElseThrow(() -> new ConflictException("agency-not-disposed",
                "Complaint " + trackingId + " was not sent to agency " + agencyId));
        if (d.hasResponded()) {
            throw new ConflictException("agency-already-responded",
                    "Agency " + agencyId + " has already responded to complaint " + trackingId);
        }
        String text = requiredNote(response, "response");
        d.respond(text, officer, at);
        updatedAt = at;
        boolean allResponded = dispositions.stream().allMatch(Disposition::hasResponded);
        if (allResponded) {
            status = FOLLOWED_UP;
            statusChangedAt = at;
        }
        record(ComplaintEventType.AGENCY_RESPONDED, officer, at, text);
    }

    /**
     * The coordinator judges the matter resolved. The citizen may reopen it strictly before
     * {@code reopenableUntil} (computed by the caller with the working-day calendar).
     */
    public void resolve(Instant reopenableUntil, Actor coordinator, Instant at, String note) {
        requireStatus(ComplaintAction.RESOLVE, FOLLOWED_UP);
        if (reopenableUntil == null || !reopenableUntil.isAfter(at)) {
            throw ValidationException.of("reopenableUntil", "must be after the resolution");
        }
        this.resolvedAt = at;
        deadlineDays = null; // a new deadline: the caller records its days (deadlineCountedIn)
        this.reopenableUntil = reopenableUntil;
        moveTo(RESOLVED, ComplaintEventType.RESOLVED, coordinator, at, optionalNote(note));
    }

    // ---- the citizen's answer --------------------------------------------------------------------------

    /** The citizen confirms the resolution and rates the handling from 1 (poor) to 5 (excellent). */
    public void confirmAndClose(int rating, Actor reporter, Instant at, String comment) {
        requireStatus(ComplaintAction.CONFIRM_AND_CLOSE, RESOLVED);
        if (rating < 1 || rating > 5) {
            throw ValidationException.of("rating", "must be from 1 to 5, got " + rating);
        }
        this.rating = rating;
        this.closedAt = at;
        moveTo(CLOSED, ComplaintEventType.CLOSED, reporter, at, optionalNote(comment)); // the rating is a field of its own
        statusNote = null; // the reporter's own words stay in the timeline only, see statusNoteAsSeenBy
    }

    /** Closes a resolved complaint without a rating once the citizen's reopen window has ended. */
    public void autoClose(Instant at) {
        requireStatus(ComplaintAction.AUTO_CLOSE, RESOLVED);
        if (at.isBefore(reopenableUntil)) {
            throw new ConflictException(ILLEGAL_TRANSITION, "Complaint " + trackingId
                    + " may be reopened by the citizen until " + reopenableUntil + "; it cannot be closed automatically at " + at);
        }
        this.closedAt = at;
        moveTo(CLOSED, ComplaintEventType.AUTO_CLOSED, Actor.SYSTEM, at, null);
    }

    /**
     * The citizen says the matter is not resolved. Back to DISPOSED with the same agencies, whose responses are
     * cleared, to be followed up again by the new {@code followUpDueAt}.
     */
    public void reopen(String reason, Instant followUpDueAt, Actor reporter, Instant at) {
        requireStatus(ComplaintAction.REOPEN, RESOLVED);
        if (!at.isBefore(reopenableUntil)) {
            throw new ConflictException(ILLEGAL_TRANSITION, "Complaint " + trackingId
                    + " could be reopened only until " + reopenableUntil + "; it is " + at);
        }
        String why = requiredNote(reason, "reason");
        if (followUpDueAt == null || followUpDueAt.isBefore(at)) {
            throw ValidationException.of("followUpDueAt", "must not be before the reopening");
        }
        dispositions.forEach(Disposition::clearResponse);
        deadlineDays = null; // a new deadline: the caller records its days (deadlineCountedIn)
        this.followUpDueAt = followUpDueAt;
        this.resolvedAt = null;
        this.reopenableUntil = null;
        this.reopenCount++;
        moveTo(DISPOSED, ComplaintEventType.REOPENED, reporter, at, why);
        statusNote = null; // the reporter's own words stay in the timeline only, see statusNoteAsSeenBy
    }

    // ---- conversation ----------------------------------------------------------------------------------

    /**
     * Adds a message as it is, in any status: internal notes, and what {@link #replyToReporter} and
     * {@link #replyFromReporter} have allowed (they check that the conversation is still open).
     */
    public ComplaintMessage addMessage(MessageVisibility visibility, Actor author, String body, Instant at) {
        new Validation().require(visibility != null, "visibility", "is required")
                .notBlank(body, "body").maxLength(body, ComplaintMessage.MAX_BODY, "body").throwIfInvalid();
        ComplaintMessage m = new ComplaintMessage(this, visibility, author, body, at);
        messages.add(m);
        updatedAt = at;
        return m;
    }

    /**
     * A message from the reporter, while the complaint is still being handled: a closed, archived or forwarded
     * complaint has nobody left to read it here (a forwarded one goes on under the other regency's tracking id).
     */
    public ComplaintMessage replyFromReporter(String body, Instant at) {
        if (!acceptsReporterReplies()) {
            throw new ConflictException(ILLEGAL_TRANSITION, "Complaint " + trackingId + " is " + status
                    + (status == ComplaintStatus.NOT_OUR_JURISDICTION
                            ? ": it is not handled here any more; if it was forwarded, reply under its new tracking id"
                            : ": it is no longer handled, so a reply would reach nobody"));
        }
        return addMessage(MessageVisibility.PUBLIC_REPLY, Actor.reporter(null), body, at);
    }

    /**
     * Whether the conversation with the reporter is open, both ways: the complaint is not closed, archived or handed
     * elsewhere. Internal notes stay possible in every status.
     */
    public boolean acceptsReporterReplies() {
        return !status.isFinal();
    }

    /**
     * A reply of the staff to the reporter, while the conversation is open: the reporter could not answer it
     * otherwise, and a forwarded complaint's reporter follows it under the other regency's tracking id.
     */
    public ComplaintMessage replyToReporter(Actor author, String body, Instant at) {
        if (!acceptsReporterReplies()) {
            throw new ConflictException(ILLEGAL_TRANSITION, "Complaint " + trackingId + " is " + status
                    + ": the conversation with the reporter is over; write an internal note instead");
        }
        return addMessage(MessageVisibility.PUBLIC_REPLY, author, body, at);
    }

    /** A message of a conversation carried over from elsewhere, with its author and time as they were. */
    public record Carried(Actor author, String body, Instant at) {
    }

    /**
     * The conversation of the complaint this one is a forwarded copy of: public replies of the reporter and of the
     * forwarding regency's staff, at their own times. Not a change of this complaint ({@code updatedAt} stays).
     */
    void carryOver(List<Carried> conversation) {
        for (Carried m : conversation) {
            messages.add(new ComplaintMessage(this, MessageVisibility.PUBLIC_REPLY, m.author(), m.body(), m.at()));
        }
    }

    /** The messages the reporter sees: public replies only. */
    public List<ComplaintMessage> publicReplies() {
        return messages.stream().filter(m -> m.visibility() == MessageVisibility.PUBLIC_REPLY).toList();
    }

    /** The staff's internal notes; never shown to the reporter or the public. */
    public List<ComplaintMessage> internalNotes() {
        return messages.stream().filter(m -> m.visibility() == MessageVisibility.INTERNAL_NOTE).toList();
    }

    // ---- rules others ask ------------------------------------------------------------------------------

    /**
     * What the current state allows at {@code now}: the console, the citizen portal and the API offer exactly
     * these. Reopening and auto-closing depend on the time, hence the instant.
     */
    public Set<ComplaintAction> allowedActions(Instant now) {
        return switch (status) {
            case RECEIVED -> EnumSet.of(ComplaintAction.VERIFY, ComplaintAction.DEFER,
                    ComplaintAction.DECLARE_NOT_OUR_JURISDICTION, ComplaintAction.ARCHIVE, ComplaintAction.RAISE_PRIVACY,
                    ComplaintAction.CORRECT_LOCATION);
            case DEFERRED -> EnumSet.of(ComplaintAction.VERIFY, ComplaintAction.DECLARE_NOT_OUR_JURISDICTION,
                    ComplaintAction.ARCHIVE, ComplaintAction.RAISE_PRIVACY, ComplaintAction.CORRECT_LOCATION);
            case VERIFIED -> EnumSet.of(ComplaintAction.DISPOSE, ComplaintAction.RAISE_PRIVACY,
                    ComplaintAction.CORRECT_LOCATION);
            case DISPOSED -> EnumSet.of(ComplaintAction.RECORD_AGENCY_RESPONSE);
            case FOLLOWED_UP -> EnumSet.of(ComplaintAction.RESOLVE);
            case RESOLVED -> now.isBefore(reopenableUntil)
                    ? EnumSet.of(ComplaintAction.CONFIRM_AND_CLOSE, ComplaintAction.REOPEN)
                    : EnumSet.of(ComplaintAction.CONFIRM_AND_CLOSE, ComplaintAction.AUTO_CLOSE);
            case NOT_OUR_JURISDICTION, ARCHIVED, CLOSED -> EnumSet.noneOf(ComplaintAction.class);
        };
    }

    /**
     * Whether the public portal, Open311, open-data exports and public webhooks may show this report: only once
     * verified, and never in CONFIDENTIAL mode.
     */
    public boolean isPublic() {
        return status.isVerified() && privacyMode.allowsPublication();
    }

    /**
     * Whether public lists (Open311 {@code GET requests}) may show that this complaint exists, with its category,
     * status and dates: every complaint that is not CONFIDENTIAL. Its title, text and location are shown only once
     * it {@link #isPublic() is public}, so nothing unmoderated is published.
     */
    public boolean isListedPublicly() {
        return privacyMode.allowsPublication();
    }

    /**
     * Whether {@code viewer} may see what the report says: its title, text, address and coordinates, files and
     * conversation. Staff and the reporter always; everyone else (the public, API clients, Open311) only once it
     * {@link #isPublic() is public}, so nothing unmoderated or confidential leaves the regency.
     */
    public boolean contentVisibleTo(Viewer viewer) {
        return viewer != Viewer.PUBLIC || isPublic();
    }

    /**
     * Whether {@code viewer} may open {@code file}: as {@link #contentVisibleTo}, except that a PDF goes only to those
     * who may see the reporter ({@link #reporterVisibleTo}): not to the public, API clients and Open311, nor to an
     * agency's officers, unless the reporter is public. Photos are stored without their metadata, PDFs are not (see
     * {@link AttachmentPolicy}), and a PDF's author field often names whoever wrote it.
     */
    public boolean attachmentVisibleTo(Attachment file, Viewer viewer) {
        if (!contentVisibleTo(viewer)) {
            return false;
        }
        return file.mediaType().startsWith("image/") || reporterVisibleTo(viewer);
    }

    /**
     * The name of the file at {@code position} as {@code viewer} may see it: as it was sent, for the reporter and the
     * staff who may see the reporter; {@code lampiran-1.jpg} and so on for the public, API clients and agencies of a
     * report whose reporter is hidden from them, since a file name ("KTP_Budi.jpg") can name the reporter.
     */
    public String attachmentNameFor(Attachment file, int position, Viewer viewer) {
        if (viewer != Viewer.PUBLIC && reporterVisibleTo(viewer)) {
            return file.fileName();
        }
        String extension = switch (file.mediaType()) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "application/pdf" -> ".pdf";
            default -> "";
        };
        return "lampiran-" + (position + 1) + extension;
    }

    /**
     * The conversation as {@code viewer} may read it: coordinators everything, the reporter the public replies, the
     * public only the replies staff wrote, and only once the reporter's name may be published ({@link #reporterPublished}).
     * Staff write those replies to the reporter, whose name they see ("Yth. Bapak Budi, ..."), and the console tells
     * them the reporter reads them: published for an anonymous reporter, they would name them. What the reporter
     * writes is not moderated, so it is never published. An agency officer reads the internal notes, and the
     * conversation with the reporter only when it may see the reporter ({@link #reporterVisibleTo}): the agency may
     * be the reporter's employer.
     */
    public List<ComplaintMessage> messagesSeenBy(Viewer viewer) {
        return switch (viewer) {
            case COORDINATOR -> messages();
            case AGENCY_OFFICER -> reporterVisibleTo(Viewer.AGENCY_OFFICER) ? messages() : internalNotes();
            case REPORTER -> publicReplies();
            case PUBLIC -> reporterPublished()
                    ? publicReplies().stream().filter(m -> !m.author().isReporter()).toList()
                    : List.of();
        };
    }

    /**
     * The note of the last change of status, as {@code viewer} may read it: staff always; the reporter and the public
     * only when that change's note is written for citizens ({@link ComplaintEventType#noteIsForCitizen()}), which
     * the status tells: DEFERRED, NOT_OUR_JURISDICTION, ARCHIVED and RESOLVED are entered that way; VERIFIED and
     * DISPOSED with the staff's instructions (or, reopened, with none). The public only once the report is public.
     */
    public Optional<String> statusNoteAsSeenBy(Viewer viewer) {
        if (viewer == Viewer.COORDINATOR || viewer == Viewer.AGENCY_OFFICER) {
            return Optional.ofNullable(statusNote);
        }
        boolean forCitizens = status == DEFERRED || status == NOT_OUR_JURISDICTION || status == ARCHIVED
                || status == RESOLVED;
        return Optional.ofNullable(statusNote).filter(note -> forCitizens && contentVisibleTo(viewer));
    }

    /**
     * Whether the public may now learn who reported: the reporter chose {@link PrivacyMode#PUBLIC}, the report is
     * public, and its privacy is settled, i.e. it was sent to the agencies. Until then a coordinator may still raise
     * the privacy (after verifying, too), and a name handed out cannot be taken back.
     */
    private boolean reporterPublished() {
        return privacyMode == PrivacyMode.PUBLIC && isPublic() && !status.awaitsDisposition();
    }

    /** Whether {@code viewer} may see who reported; see {@link PrivacyMode} for the table. */
    public boolean reporterVisibleTo(Viewer viewer) {
        return privacyMode.reporterVisibleTo(viewer);
    }

    /** The hash of the reporter's secret, for the copy another regency receives when this one is forwarded. */
    TrackingSecret trackingSecret() {
        return TrackingSecret.fromStored(trackingSecretHash);
    }

    /**
     * The reporter, if {@code viewer} may see them. Phone and email are blanked for viewers who may see only the name.
     * The public sees a {@link PrivacyMode#PUBLIC} reporter's name only once it is settled that they may
     * ({@link #reporterPublished}).
     */
    public Optional<Reporter> reporterAsSeenBy(Viewer viewer) {
        if (!reporterVisibleTo(viewer) || (viewer == Viewer.PUBLIC && !reporterPublished())) {
            return Optional.empty();
        }
        return Optional.of(privacyMode.reporterContactVisibleTo(viewer) ? reporter
                : new Reporter(reporter.name(), null, null));
    }

    /** Whether {@code candidate} is the tracking secret handed to the citizen; constant-time. */
    public boolean verifySecret(String candidate) {
        return TrackingSecret.fromStored(trackingSecretHash).matches(candidate);
    }

    /** Not yet verified and sent to agencies (received, deferred or verified) after the verification deadline. */
    public boolean isVerificationOverdue(Instant now) {
        return status.awaitsDisposition() && now.isAfter(verificationDueAt);
    }

    /** Disposed and some agency has not responded by the follow-up deadline. */
    /** Stored for complaints that wait for nobody, so that they sort after every real deadline. */
    static final Instant NO_DEADLINE = Instant.parse("9999-12-31T00:00:00Z");

    /** The deadline that applies in the current status, if any: what "due soonest" orders by. */
    public Optional<Instant> currentDue() {
        return switch (status) {
            case RECEIVED, DEFERRED, VERIFIED -> Optional.of(verificationDueAt);
            case DISPOSED -> Optional.ofNullable(followUpDueAt);
            default -> Optional.empty();
        };
    }

    public boolean isFollowUpOverdue(Instant now) {
        return status == DISPOSED && followUpDueAt != null && now.isAfter(followUpDueAt);
    }

    /**
     * Overdue as {@code agencyId}'s officers see it: past the follow-up deadline and not yet answered by that
     * agency (another agency may be the late one). Without an agency, overdue for the coordinator: past either
     * deadline.
     */
    public boolean isOverdueFor(Long agencyId, Instant now) {
        if (agencyId == null) {
            return isVerificationOverdue(now) || isFollowUpOverdue(now);
        }
        return isFollowUpOverdue(now) && dispositionTo(agencyId).filter(d -> !d.hasResponded()).isPresent();
    }

    // ---- internals -------------------------------------------------------------------------------------

    private void requireStatus(ComplaintAction action, ComplaintStatus... allowed) {
        for (ComplaintStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ConflictException(ILLEGAL_TRANSITION,
                "Cannot " + action + " complaint " + trackingId + " while it is " + status);
    }

    private void moveTo(ComplaintStatus next, ComplaintEventType event, Actor actor, Instant at, String note) {
        status = next;
        statusChangedAt = at;
        statusNote = note;
        updatedAt = at;
        record(event, actor, at, note);
    }

    private void record(ComplaintEventType type, Actor actor, Instant at, String note) {
        if (actor == null || at == null) {
            throw new IllegalArgumentException("Every complaint event needs an actor and an instant");
        }
        // Every change records an event, so the deadline that applies is kept here.
        keepCurrentDue();
        events.add(new ComplaintEvent(this, type, status, actor, at, truncate(note)));
    }

    /**
     * Stores the deadline that applies now; a deadline that changed is one nobody was told about yet. The same
     * deadline in another status (received, then deferred or verified) stays escalated, as it was missed once.
     */
    private void keepCurrentDue() {
        Instant due = currentDue().orElse(NO_DEADLINE);
        if (!due.equals(currentDueAt)) {
            currentDueAt = due;
            escalateAfter = due.equals(NO_DEADLINE) ? null : due;
        }
    }

    private static String requiredNote(String note, String field) {
        new Validation().notBlank(note, field).maxLength(note, MAX_NOTE, field).throwIfInvalid();
        return note.strip();
    }

    private static String optionalNote(String note) {
        new Validation().maxLength(note, MAX_NOTE, "note").throwIfInvalid();
        return note == null || note.isBlank() ? null : note.strip();
    }

    private static String truncate(String note) {
        return note == null || note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE);
    }

    private Optional<Disposition> dispositionTo(long agencyId) {
        return dispositions.stream().filter(d -> d.agencyId() == agencyId).findFirst();
    }

    // ---- read access -----------------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public TrackingId trackingId() {
        return TrackingId.parse(trackingId);
    }

    public ComplaintType type() {
        return type;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Location location() {
        return location;
    }

    public Channel channel() {
        return channel;
    }

    public PrivacyMode privacyMode() {
        return privacyMode;
    }

    public ComplaintStatus status() {
        return status;
    }

    /** The reason or note of the last status change (e.g. why it was deferred). */
    public String statusNote() {
        return statusNote;
    }

    public Optional<String> forwardedToTenant() {
        return Optional.ofNullable(forwardedToTenant);
    }

    public Optional<ArchiveReason> archiveReason() {
        return Optional.ofNullable(archiveReason);
    }

    public Optional<TrackingId> duplicateOf() {
        return Optional.ofNullable(duplicateOf).map(TrackingId::parse);
    }

    /**
     * The complaint this one duplicates, as {@code viewer} may be pointed to it: staff always; the reporter and the
     * public only while the original is listed publicly ({@code listedPublicly} looks it up), since pointing to a
     * CONFIDENTIAL report would tell another citizen that it exists.
     */
    public Optional<TrackingId> duplicateOfAsSeenBy(Viewer viewer, Predicate<TrackingId> listedPublicly) {
        boolean staff = viewer == Viewer.COORDINATOR || viewer == Viewer.AGENCY_OFFICER;
        return duplicateOf().filter(original -> staff || listedPublicly.test(original));
    }

    public Optional<Integer> rating() {
        return Optional.ofNullable(rating);
    }

    public int reopenCount() {
        return reopenCount;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant verificationDueAt() {
        return verificationDueAt;
    }

    public Optional<Instant> followUpDueAt() {
        return Optional.ofNullable(followUpDueAt);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<Instant> reopenableUntil() {
        return Optional.ofNullable(reopenableUntil);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** The deadline that applies in the current status, or a far-future instant when none does (for ordering). */
    Instant currentDueAt() {
        return currentDueAt;
    }

    /** The running deadline while its miss was not escalated yet; empty once it was, or when nothing is due. */
    public Optional<Instant> escalateAfter() {
        return Optional.ofNullable(escalateAfter);
    }

    /**
     * When the status last changed: what a client outside sees move (Open311's {@code updated_datetime}, which for a
     * closed request is when it was closed).
     */
    public Instant statusChangedAt() {
        return statusChangedAt == null ? updatedAt : statusChangedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The timeline, oldest first. */
    public List<ComplaintEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public List<ComplaintMessage> messages() {
        return Collections.unmodifiableList(messages);
    }

    public List<Disposition> dispositions() {
        return Collections.unmodifiableList(dispositions);
    }

    public List<Attachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    /** The agencies this complaint was sent to. */
    public Set<Long> disposedAgencyIds() {
        Set<Long> ids = new LinkedHashSet<>();
        dispositions.forEach(d -> ids.add(d.agencyId()));
        return ids;
    }
}
