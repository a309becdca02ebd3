package id.pendopo.ui.complaint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import id.pendopo.agency.Agency;
import id.pendopo.complaint.Channel;
import id.pendopo.complaint.ArchiveReason;
import id.pendopo.complaint.Attachment;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintDesk;
import id.pendopo.complaint.ComplaintEvent;
import id.pendopo.complaint.ComplaintHandoff;
import id.pendopo.complaint.ComplaintMessage;
import id.pendopo.complaint.Disposition;
import id.pendopo.complaint.DuplicateHints;
import id.pendopo.complaint.MessageVisibility;
import id.pendopo.complaint.Location;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.complaint.Reporter;
import id.pendopo.complaint.TrackingId;
import id.pendopo.identity.Role;
import id.pendopo.region.Region;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.Tenant;
import id.pendopo.ui.i18n.ErrorMessages;
import id.pendopo.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One complaint as staff see it: what was reported, where, by whom (as far as the privacy mode lets this user
 * see), its files, its timeline, the conversation, the agencies it was sent to and their answers, and the
 * buttons of {@link DeskAction}. While it waits for verification the coordinator also sees likely duplicates.
 */
@Route(value = "pengaduan/:trackingId", layout = MainLayout.class)
@RolesAllowed({Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.TENANT_ADMIN})
public class ComplaintDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final ComplaintConsole console;
    private final ComplaintDesk desk;
    private final Clock clock;
    private final StaffUser user;
    private TrackingId trackingId;
    private Long agencyScope;
    private ZoneId zone;
    private Map<Long, Agency> agencies = Map.of();
    private String title = "";

    @Inject
    public ComplaintDetailView(ComplaintConsole console, ComplaintDesk desk, Clock clock, OpenIdContext openId) {
        this.console = console;
        this.desk = desk;
        this.clock = clock;
        this.user = StaffUser.ofRequest(openId);
        setId("complaint-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String param = event.getRouteParameters().get("trackingId").orElse("").toUpperCase(Locale.ROOT);
        title = param;
        try {
            agencyScope = console.agencyScope(user).map(Agency::id).orElse(null);
            if (!TrackingId.isValid(param)) {
                throw new NotFoundException("Complaint", param);
            }
            trackingId = TrackingId.parse(param);
            zone = console.zone();
            agencies = console.agencies().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
            render();
        } catch (DomainException refused) {
            removeAll();
            add(back());
            Paragraph p = new Paragraph(ErrorMessages.of(refused, getLocale()));
            p.setId("complaint-refused");
            add(p);
        }
    }

    private RouterLink back() {
        RouterLink back = new RouterLink(getTranslation("detail.back"), ComplaintInboxView.class);
        back.setId("complaint-back");
        return back;
    }

    private void render() {
        Complaint c = console.load(trackingId);
        if (agencyScope != null && !c.disposedAgencyIds().contains(agencyScope)) {
            // Not found, as for an id that does not exist: ids are sequential, and "not sent to you" would let an
            // agency's officer list which complaints the regency has.
            throw new NotFoundException("Complaint", trackingId.value());
        }
        removeAll();
        Instant now = clock.instant();
        title = c.trackingId().value() + " · " + c.title();
        add(back(), header(c, now), actions(c, now));
        add(section("detail.description", "complaint-description", new Paragraph(c.description())));
        add(section("detail.location", "complaint-location", location(c.location())));
        add(section("detail.reporter", "complaint-reporter", reporter(c)));
        if (c.attachments().stream().anyMatch(a -> c.attachmentVisibleTo(a, user.viewer()))) {
            add(section("detail.attachments", "complaint-attachments", attachments(c)));
        }
        if (user.seesAsCoordinator() && c.status().awaitsVerification()) {
            add(section("detail.duplicates", "duplicate-hints", hints()));
        }
        if (!c.dispositions().isEmpty()) {
            add(section("detail.dispositions", "complaint-dispositions", dispositions(c)));
        }
        add(section("detail.timeline", "complaint-timeline", timeline(c)));
        add(section("detail.conversation", "complaint-conversation", conversation(c)));
    }

    private Component header(Complaint c, Instant now) {
        Span id = new Span(c.trackingId().value());
        id.setId("complaint-tracking-id");
        id.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)").set("font-weight", "600");
        H2 heading = new H2(c.title());
        heading.setId("complaint-title");
        Span status = ComplaintLabels.status(c.status());
        status.setId("complaint-status");
        HorizontalLayout top = new HorizontalLayout(id, status);
        top.setAlignItems(FlexComponent.Alignment.CENTER);

        FormLayout facts = new FormLayout();
        facts.setId("complaint-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        fact(facts, "complaint-type", getTranslation("complaint.type." + c.type().name()), "complaint.type");
        fact(facts, "complaint-category", console.categoryNames().getOrDefault(c.categoryCode(), c.categoryCode()),
                "complaint.category");
        fact(facts, "complaint-channel", getTranslation("complaint.channel." + c.channel().name()), "complaint.channel");
        fact(facts, "complaint-privacy", getTranslation("complaint.privacy." + c.privacyMode().name()), "complaint.privacy");
        fact(facts, "complaint-received", ComplaintLabels.when(c.receivedAt(), zone), "complaint.received");
        facts.addFormItem(due("complaint-verification-due", c.verificationDueAt(), c.isVerificationOverdue(now)),
                getTranslation("complaint.verification-due"));
        boolean followUpLate = agencyScope == null ? c.isFollowUpOverdue(now) : c.isOverdueFor(agencyScope, now);
        c.followUpDueAt().ifPresent(at -> facts.addFormItem(due("complaint-follow-up-due", at, followUpLate),
                getTranslation("complaint.follow-up-due")));
        if (c.statusNote() != null) {
            fact(facts, "complaint-status-note", c.statusNote(), "complaint.status-note");
        }
        c.duplicateOf().ifPresent(d -> facts.addFormItem(link("complaint-duplicate-of", d.value()),
                getTranslation("complaint.duplicate-of")));
        c.forwardedToTenant().ifPresent(slug -> {
            Optional<ComplaintHandoff> handoff = console.handoffOf(c.trackingId());
            fact(facts, "complaint-forwarded-to", handoff.map(ComplaintHandoff::targetName).orElse(slug),
                    "complaint.forwarded-to");
            handoff.ifPresent(h -> fact(facts, "complaint-handoff", switch (h.status()) {
                case DONE -> getTranslation("complaint.handoff.DONE", h.targetTrackingId().orElseThrow().value());
                case PENDING -> getTranslation("complaint.handoff.PENDING", h.attempts(), h.lastError().orElse("—"));
                case FAILED -> getTranslation("complaint.handoff.FAILED", h.lastError().orElse(""));
            }, "complaint.handoff"));
        });
        if (c.channel() == Channel.FORWARDED) {
            console.handoffInto(c.trackingId()).ifPresent(h -> fact(facts, "complaint-forwarded-from",
                    h.sourceName() + " · " + h.sourceTrackingId().value(),
                    "complaint.forwarded-from"));
        }
        VerticalLayout h = new VerticalLayout(top, heading, facts);
        h.setPadding(false);
        h.setSpacing(false);
        return h;
    }

    private Component due(String id, Instant at, boolean overdue) {
        Span when = new Span(ComplaintLabels.deadline(at, zone));
        when.setId(id);
        HorizontalLayout l = new HorizontalLayout(when);
        l.setSpacing(false);
        l.getStyle().set("gap", "0.4em");
        if (overdue) {
            Span late = ComplaintLabels.overdueBadge();
            late.setId(id + "-overdue");
            l.add(late);
        }
        return l;
    }

    private void fact(FormLayout form, String id, String value, String labelKey) {
        Span v = new Span(value == null || value.isBlank() ? "—" : value);
        v.setId(id);
        form.addFormItem(v, getTranslation(labelKey));
    }

    private Component section(String titleKey, String id, Component content) {
        H3 heading = new H3(getTranslation(titleKey));
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-bottom", "0");
        Div body = new Div(content);
        body.setId(id);
        body.setWidthFull();
        VerticalLayout s = new VerticalLayout(heading, body);
        s.setPadding(false);
        s.setSpacing(false);
        return s;
    }

    private Component location(Location l) {
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fact(f, "complaint-district", console.region(l.districtCode()).map(Region::nama).orElse(l.districtCode()),
                "complaint.district");
        fact(f, "complaint-village", l.villageCode() == null ? null
                : console.region(l.villageCode()).map(Region::nama).orElse(l.villageCode()), "complaint.village");
        fact(f, "complaint-address", l.address(), "complaint.address");
        fact(f, "complaint-coordinates", l.latitude() == null ? null : l.latitude() + ", " + l.longitude(),
                "complaint.coordinates");
        return f;
    }

    private Component reporter(Complaint c) {
        Optional<Reporter> seen = c.reporterAsSeenBy(user.viewer());
        if (seen.isEmpty()) {
            Span hidden = new Span(getTranslation("detail.reporter-hidden"));
            hidden.setId("complaint-reporter-hidden");
            return hidden;
        }
        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        fact(f, "complaint-reporter-name", seen.get().name(), "complaint.reporter-name");
        fact(f, "complaint-reporter-phone", seen.get().phone(), "complaint.reporter-phone");
        fact(f, "complaint-reporter-email", seen.get().email(), "complaint.reporter-email");
        return f;
    }

    private Component attachments(Complaint c) {
        FlexLayout files = new FlexLayout();
        files.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        files.getStyle().set("gap", "var(--lumo-space-m)");
        for (int position = 0; position < c.attachments().size(); position++) {
            Attachment a = c.attachments().get(position);
            if (!c.attachmentVisibleTo(a, user.viewer())) {
                continue; // a PDF, which keeps its metadata, of a reporter hidden from this viewer
            }
            long attachmentId = a.id();
            TrackingId of = c.trackingId();
            String name = c.attachmentNameFor(a, position, user.viewer());
            StreamResource resource = new StreamResource(name,
                    () -> new ByteArrayInputStream(console.attachment(of, attachmentId).content()));
            resource.setContentType(a.mediaType());
            if (a.mediaType().startsWith("image/")) {
                Image thumb = new Image(resource, name);
                thumb.setId("attachment-" + attachmentId);
                thumb.setHeight("120px");
                thumb.getStyle().set("cursor", "zoom-in").set("border-radius", "var(--lumo-border-radius-m)");
                thumb.addClickListener(e -> {
                    Dialog preview = new Dialog();
                    preview.setId("attachment-preview");
                    preview.setHeaderTitle(name);
                    Image big = new Image(resource, name);
                    big.getStyle().set("max-width", "80vw").set("max-height", "75vh");
                    preview.add(big);
                    Button close = new Button(getTranslation("common.close"), x -> preview.close());
                    preview.getFooter().add(close);
                    preview.open();
                });
                files.add(thumb);
            } else {
                Anchor download = new Anchor(resource, name + " (" + (a.sizeBytes() / 1024 + 1) + " KB)");
                download.getElement().setAttribute("download", true);
                download.setId("attachment-" + attachmentId);
                files.add(download);
            }
        }
        return files;
    }

    private Component hints() {
        List<DuplicateHints.Hint> hints = console.hints(trackingId);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        if (hints.isEmpty()) {
            list.add(new Span(getTranslation("detail.duplicates.none")));
        }
        for (DuplicateHints.Hint h : hints) {
            RouterLink open = link("hint-" + h.trackingId().value(), h.trackingId().value());
            String reasons = h.reasons().stream().map(r -> getTranslation("duplicate.reason." + r.name()))
                    .collect(Collectors.joining(", "));
            Span text = new Span(" " + h.title() + " · " + ComplaintLabels.when(h.receivedAt(), zone) + " · "
                    + getTranslation("detail.duplicates.score", Math.round(h.score() * 100)) + " · " + reasons);
            HorizontalLayout row = new HorizontalLayout(open, text, ComplaintLabels.status(h.status()));
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(row);
        }
        return list;
    }

    private RouterLink link(String id, String trackingIdValue) {
        RouterLink open = new RouterLink(trackingIdValue, ComplaintDetailView.class,
                new RouteParameters("trackingId", trackingIdValue));
        open.setId(id);
        return open;
    }

    private Component dispositions(Complaint c) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        for (Disposition d : c.dispositions()) {
            Agency a = agencies.get(d.agencyId());
            String name = a == null ? String.valueOf(d.agencyId()) : a.code() + " — " + a.name();
            Div item = new Div();
            item.setId("disposition-" + (a == null ? d.agencyId() : a.code()));
            Span head = new Span(name + " · " + getTranslation("detail.disposed-at", ComplaintLabels.when(d.disposedAt(), zone)));
            head.getStyle().set("font-weight", "600");
            Paragraph response = new Paragraph(d.hasResponded()
                    ? getTranslation("detail.responded", d.responder().displayName(),
                            ComplaintLabels.when(d.respondedAt(), zone)) + ": " + d.response()
                    : getTranslation("detail.not-responded"));
            response.getStyle().set("margin", "0.2em 0 0.6em 0");
            item.add(head, response);
            list.add(item);
        }
        return list;
    }

    private Component timeline(Complaint c) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        for (ComplaintEvent e : c.events()) {
            Div entry = new Div();
            entry.addClassName("timeline-entry");
            entry.getElement().setAttribute("data-event", e.type().name());
            entry.getStyle().set("border-left", "3px solid var(--lumo-primary-color-50pct)").set("padding", "0.2em 0.8em")
                    .set("margin-bottom", "0.4em");
            Span head = new Span(ComplaintLabels.when(e.occurredAt(), zone) + " · "
                    + getTranslation("complaint.event." + e.type().name()) + " · "
                    + e.actor().displayNameFor(c.reporterVisibleTo(user.viewer())));
            head.getStyle().set("font-weight", "600");
            entry.add(head);
            e.noteAsSeenBy(user.viewer()).filter(n -> !n.isBlank()).ifPresent(n -> {
                Paragraph note = new Paragraph(n);
                note.getStyle().set("margin", "0.2em 0 0 0").set("white-space", "pre-wrap");
                entry.add(note);
            });
            list.add(entry);
        }
        return list;
    }

    private Component conversation(Complaint c) {
        // As the complaint's rules let this user read it: an agency officer reads the conversation with an anonymous
        // reporter not at all (staff address the reporter by name in it).
        List<ComplaintMessage> seen = c.messagesSeenBy(user.viewer());
        boolean reporterVisible = c.reporterVisibleTo(user.viewer());
        List<ComplaintMessage> publicReplies = seen.stream()
                .filter(m -> m.visibility() == MessageVisibility.PUBLIC_REPLY).toList();
        boolean withheld = publicReplies.isEmpty() && !c.publicReplies().isEmpty();
        Div replies = messages(publicReplies, reporterVisible, "complaint-replies", "detail.replies",
                "var(--lumo-primary-color-10pct)", withheld ? "detail.replies.withheld" : "detail.no-messages");
        Div notes = messages(seen.stream().filter(m -> m.visibility() == MessageVisibility.INTERNAL_NOTE).toList(),
                reporterVisible, "complaint-notes", "detail.notes", "var(--lumo-warning-color-10pct, #fff5d6)",
                "detail.no-messages");
        FlexLayout both = new FlexLayout(replies, notes);
        both.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        both.getStyle().set("gap", "var(--lumo-space-m)");
        both.setWidthFull();
        return both;
    }

    private Div messages(List<ComplaintMessage> messages, boolean reporterVisible, String id, String titleKey,
            String background, String emptyKey) {
        Div box = new Div();
        box.setId(id);
        box.getStyle().set("flex", "1 1 20rem").set("background", background).set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        Span heading = new Span(getTranslation(titleKey));
        heading.getStyle().set("font-weight", "600");
        box.add(heading);
        if (messages.isEmpty()) {
            box.add(new Paragraph(getTranslation(emptyKey)));
        }
        for (ComplaintMessage m : messages) {
            Paragraph p = new Paragraph(ComplaintLabels.when(m.postedAt(), zone) + " · " + m.author().displayNameFor(reporterVisible)
                    + ": " + m.body());
            p.addClassName("message");
            p.getStyle().set("white-space", "pre-wrap").set("margin", "0.3em 0");
            box.add(p);
        }
        return box;
    }

    // ---- acts ------------------------------------------------------------------------------------------

    private Component actions(Complaint c, Instant now) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("complaint-actions");
        bar.getStyle().set("flex-wrap", "wrap");
        for (DeskAction a : DeskAction.offered(c, now, user, agencyScope)) {
            Button b = new Button(getTranslation("action." + a.name()), e -> dialog(a, c).open());
            b.setId(a.elementId());
            if (a == DeskAction.VERIFY || a == DeskAction.DISPOSE || a == DeskAction.RESPOND || a == DeskAction.RESOLVE) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            bar.add(b);
        }
        return bar;
    }

    private ActionDialog dialog(DeskAction action, Complaint c) {
        String title = getTranslation("action." + action.name());
        Runnable done = this::rerender;
        var actor = user.actor();
        // The complaint this dialog was opened on: the view's own id follows navigation while a dialog is open.
        TrackingId id = c.trackingId();
        return switch (action) {
            case VERIFY -> new ActionDialog("verify-dialog", title, getTranslation("action.note"), false,
                    note -> desk.verify(id, actor, note), done);
            case DEFER -> new ActionDialog("defer-dialog", title, getTranslation("action.reason"), true,
                    reason -> desk.defer(id, actor, reason), done);
            case NOT_OURS -> notOurs(id, title, done);
            case ARCHIVE -> archive(id, title, done);
            case RELOCATE -> {
                ComboBox<Region> district = new ComboBox<>(getTranslation("complaint.district"));
                district.setId("relocate-district");
                district.setItems(console.districts());
                district.setItemLabelGenerator(Region::nama);
                ComboBox<Region> village = new ComboBox<>(getTranslation("complaint.village"));
                village.setId("relocate-village");
                village.setItemLabelGenerator(Region::nama);
                district.addValueChangeListener(e -> {
                    village.clear();
                    village.setItems(e.getValue() == null ? List.of() : console.villages(e.getValue().kode()));
                });
                yield new ActionDialog("relocate-dialog", title, getTranslation("action.note"), false,
                        note -> desk.relocate(id, new Location(
                                district.getValue() == null ? null : district.getValue().kode(),
                                village.getValue() == null ? null : village.getValue().kode(), null, null, null),
                                actor, note), done, district, village);
            }
            case RAISE_PRIVACY -> {
                Select<PrivacyMode> to = new Select<>();
                to.setId("privacy-to");
                to.setLabel(getTranslation("action.privacy-to"));
                to.setItems(Arrays.stream(PrivacyMode.values()).filter(m -> m.protectsMoreThan(c.privacyMode())).toList());
                to.setItemLabelGenerator(m -> getTranslation("complaint.privacy." + m.name()));
                // Verified and not confidential means published: raising hides it from now on, but what the tracking
                // page, Open311 and webhooks already handed out cannot be taken back. Say so before, not after.
                Paragraph published = new Paragraph(getTranslation("action.privacy-published"));
                published.setId("privacy-published");
                published.setVisible(c.isPublic());
                yield new ActionDialog("raise-privacy-dialog", title, getTranslation("action.note"), false,
                        note -> desk.raisePrivacy(id, to.getValue(), actor, note), done, to, published);
            }
            case DISPOSE -> {
                MultiSelectComboBox<Agency> picker = AgencyPicker.of(List.copyOf(agencies.values()));
                yield new ActionDialog("dispose-dialog", title, getTranslation("action.note"), false, note -> {
                    Set<Long> ids = picker.getValue().stream().map(Agency::id)
                            .collect(Collectors.toCollection(LinkedHashSet::new));
                    desk.dispose(id, ids, actor, note);
                }, done, picker);
            }
            case RESPOND -> new ActionDialog("respond-dialog", title, getTranslation("action.response"), true,
                    text -> desk.respond(id, agencyScope, text, actor), done);
            case RESOLVE -> new ActionDialog("resolve-dialog", title, getTranslation("action.note"), false,
                    note -> desk.resolve(id, actor, note), done);
            case REPLY -> new ActionDialog("reply-dialog", title, getTranslation("action.reply-text"), true,
                    text -> desk.reply(id, actor, text), done);
            case NOTE -> new ActionDialog("note-dialog", title, getTranslation("action.note-text"), true,
                    text -> desk.note(id, agencyScope, actor, text), done);
        };
    }

    private ActionDialog notOurs(TrackingId id, String title, Runnable done) {
        RadioButtonGroup<String> how = new RadioButtonGroup<>(getTranslation("action.not-ours.how"));
        how.setId("not-ours-how");
        how.setItems("forward", "close");
        how.setItemLabelGenerator(v -> getTranslation("action.not-ours." + v));
        how.setValue("forward");
        ComboBox<Tenant> tenant = new ComboBox<>(getTranslation("action.not-ours.tenant"));
        tenant.setId("not-ours-tenant");
        tenant.setHelperText(getTranslation("action.not-ours.tenant-helper"));
        tenant.setItems(console.otherRegencies());
        tenant.setItemLabelGenerator(t -> t.name() + " (" + t.slug() + ")");
        tenant.setWidthFull();
        how.addValueChangeListener(e -> tenant.setVisible("forward".equals(e.getValue())));
        var actor = user.actor();
        return new ActionDialog("not-ours-dialog", title, getTranslation("action.note"), false, note -> {
            if ("forward".equals(how.getValue())) {
                desk.forwardToOtherTenant(id, tenant.getValue() == null ? null : tenant.getValue().slug(), actor,
                        note);
                console.handOver(id); // after the forwarding's commit: the other regency has it at once
            } else {
                desk.declareNotOurJurisdiction(id, actor, note);
            }
        }, done, how, tenant);
    }

    private ActionDialog archive(TrackingId id, String title, Runnable done) {
        RadioButtonGroup<ArchiveReason> reason = new RadioButtonGroup<>(getTranslation("action.archive.reason"));
        reason.setId("archive-reason");
        reason.setItems(ArchiveReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("complaint.archive-reason." + r.name()));
        reason.setValue(ArchiveReason.SPAM);
        ComboBox<String> original = new ComboBox<>(getTranslation("action.archive.duplicate-of"));
        original.setId("archive-duplicate-of");
        original.setItems(console.hints(id).stream().map(h -> h.trackingId().value()).toList());
        original.setAllowCustomValue(true);
        original.addCustomValueSetListener(e -> original.setValue(e.getDetail().strip().toUpperCase(Locale.ROOT)));
        original.setVisible(false);
        original.setWidthFull();
        reason.addValueChangeListener(e -> original.setVisible(e.getValue() == ArchiveReason.DUPLICATE));
        var actor = user.actor();
        return new ActionDialog("archive-dialog", title, getTranslation("action.note"), false, note -> {
            switch (reason.getValue()) {
                case DUPLICATE -> {
                    String value = original.getValue() == null ? "" : original.getValue();
                    if (!TrackingId.isValid(value)) {
                        throw ValidationException.of("duplicateOf", "must be the tracking id of another complaint");
                    }
                    desk.archiveAsDuplicate(id, TrackingId.parse(value), actor, note);
                }
                case SPAM -> desk.archiveAsSpam(id, actor, note);
                case INCOMPLETE -> desk.archiveAsIncomplete(id, actor, note);
            }
        }, done, reason, original);
    }

    private void rerender() {
        try {
            render();
        } catch (DomainException refused) {
            removeAll();
            add(back(), new Paragraph(ErrorMessages.of(refused, getLocale())));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
