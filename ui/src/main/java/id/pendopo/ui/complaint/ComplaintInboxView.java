package id.pendopo.ui.complaint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import id.pendopo.agency.Agency;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintCategory;
import id.pendopo.complaint.ComplaintDesk;
import id.pendopo.complaint.ComplaintFilter;
import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.complaint.TrackingId;
import id.pendopo.identity.Role;
import id.pendopo.region.Region;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.ValidationException;
import id.pendopo.ui.components.Notifications;
import id.pendopo.ui.components.OnEveryPoll;
import id.pendopo.ui.components.UiErrors;
import id.pendopo.ui.i18n.ErrorMessages;
import id.pendopo.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import id.pendopo.complaint.ComplaintQueries;
import java.time.format.FormatStyle;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Optional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Kotak masuk pengaduan: the regency's complaints, newest first, filtered and searched. The grid reads one page
 * at a time and never counts the whole list, so it opens as fast with a million complaints as with ten. An
 * agency officer sees only complaints disposed to their agency; a coordinator may act on several at once and
 * export what the filters show.
 */
@Route(value = "pengaduan", layout = MainLayout.class)
@RolesAllowed({Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.TENANT_ADMIN})
public class ComplaintInboxView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = Logger.getLogger(ComplaintInboxView.class.getName());

    private final ComplaintConsole console;
    private final ComplaintDesk desk;
    private final Clock clock;
    private final StaffUser user;
    private final InboxCriteria criteria = new InboxCriteria();
    private final Grid<Complaint> grid = new Grid<>();
    private final Span countNew = new Span();
    private final Span countOverdue = new Span();
    /** Says how far back words are looked for, while only the newest complaints are read for them. */
    private final Paragraph searchWindow = new Paragraph();
    private ZoneId zone;
    private Long agencyScope;
    private volatile ComplaintFilter filter = ComplaintFilter.ALL;
    private Map<String, String> categoryNames = Map.of();
    private Map<String, String> districtNames = Map.of();

    @Inject
    public ComplaintInboxView(ComplaintConsole console, ComplaintDesk desk, Clock clock, OpenIdContext openId) {
        this.console = console;
        this.desk = desk;
        this.clock = clock;
        this.user = StaffUser.ofRequest(openId);
        setId("complaint-inbox");
        setSizeFull();
        H2 title = new H2(getTranslation("inbox.title"));
        title.setId("inbox-title");
        try {
            agencyScope = console.agencyScope(user).map(Agency::id).orElse(null);
        } catch (DomainException refused) {
            Paragraph p = new Paragraph(ErrorMessages.of(refused, getLocale()));
            p.setId("complaint-refused");
            add(title, p);
            return;
        }
        zone = console.zone();
        filter = criteria.toFilter(zone, agencyScope);
        categoryNames = console.categoryNames();
        districtNames = console.districtNames();
        // The grid first: its selection mode replaces the selection model, and with it the listeners added before,
        // so the toolbar's bulk buttons, which listen to the selection, must come after it (they never woke up).
        configureGrid();
        searchWindow.setId("search-window");
        searchWindow.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin", "0");
        searchWindow.setVisible(false);
        add(header(title), filters(), searchWindow, toolbar(), grid);
        refreshCounts();
        // New reports and deadlines passing show in the counters without a click; the list itself stays as it is.
        OnEveryPoll.refresh(this, this::refreshCounts);
    }

    private Component header(H2 title) {
        countNew.setId("count-new");
        countOverdue.setId("count-overdue");
        countNew.getElement().getThemeList().add("badge");
        countOverdue.getElement().getThemeList().add("badge error");
        countOverdue.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout counters = new HorizontalLayout(countNew, countOverdue);
        counters.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout top = new HorizontalLayout(title, counters);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (user.coordinator()) {
            Button create = new Button(getTranslation("inbox.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(NewComplaintView.class));
            create.setId("new-complaint");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            top.add(create);
        }
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        return top;
    }

    private Component filters() {
        MultiSelectComboBox<ComplaintStatus> status = new MultiSelectComboBox<>(getTranslation("inbox.filter.status"));
        status.setId("filter-status");
        status.setItems(ComplaintStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("complaint.status." + s.name()));
        status.addValueChangeListener(e -> apply(c -> c.setStatuses(e.getValue())));

        ComboBox<ComplaintCategory> category = new ComboBox<>(getTranslation("inbox.filter.category"));
        category.setId("filter-category");
        category.setItems(console.categories());
        category.setItemLabelGenerator(ComplaintCategory::name);
        category.setClearButtonVisible(true);
        category.addValueChangeListener(e -> apply(c -> c.setCategoryCode(e.getValue() == null ? null : e.getValue().code())));

        ComboBox<Agency> agency = new ComboBox<>(getTranslation("inbox.filter.agency"));
        agency.setId("filter-agency");
        agency.setItems(console.agencies());
        agency.setItemLabelGenerator(a -> a.code() + " — " + a.name());
        agency.setClearButtonVisible(true);
        agency.addValueChangeListener(e -> apply(c -> c.setAgencyId(e.getValue() == null ? null : e.getValue().id())));
        agency.setVisible(agencyScope == null);

        ComboBox<Region> district = new ComboBox<>(getTranslation("inbox.filter.district"));
        district.setId("filter-district");
        district.setItems(console.districts());
        district.setItemLabelGenerator(Region::nama);
        district.setClearButtonVisible(true);
        district.addValueChangeListener(e -> apply(c -> c.setDistrictCode(e.getValue() == null ? null : e.getValue().kode())));

        Checkbox overdue = new Checkbox(getTranslation("inbox.filter.overdue"));
        overdue.setId("filter-overdue");
        overdue.addValueChangeListener(e -> apply(c -> c.setOverdueOnly(e.getValue())));

        DatePicker from = new DatePicker(getTranslation("inbox.filter.from"));
        from.setId("filter-from");
        DatePicker to = new DatePicker(getTranslation("inbox.filter.to"));
        to.setId("filter-to");
        from.addValueChangeListener(e -> dates(from, to));
        to.addValueChangeListener(e -> dates(from, to));

        TextField search = new TextField(getTranslation("inbox.search"));
        search.setId("complaint-search");
        search.setPlaceholder(getTranslation("inbox.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> apply(c -> c.setText(e.getValue())));

        Select<InboxCriteria.Sort> sort = new Select<>();
        sort.setLabel(getTranslation("inbox.sort"));
        sort.setId("complaint-sort");
        sort.setItems(InboxCriteria.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("inbox.sort." + s.name()));
        sort.setValue(InboxCriteria.Sort.NEWEST);
        sort.addValueChangeListener(e -> apply(c -> c.setSort(e.getValue())));

        FlexLayout bar = new FlexLayout(search, status, category, agency, district, from, to, overdue, sort);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.setWidthFull();
        return bar;
    }

    private void dates(DatePicker from, DatePicker to) {
        to.setInvalid(false);
        LocalDate validFrom = criteria.getFrom();
        LocalDate validTo = criteria.getTo();
        try {
            criteria.setFrom(from.getValue());
            criteria.setTo(to.getValue());
            refilter();
        } catch (ValidationException invalid) {
            // The list keeps the last valid range, so the other filters go on working while the field says why.
            criteria.setFrom(validFrom);
            criteria.setTo(validTo);
            to.setErrorMessage(ErrorMessages.field(invalid.errors().get(0), getLocale()));
            to.setInvalid(true);
        }
    }

    private void apply(Consumer<InboxCriteria> change) {
        change.accept(criteria);
        try {
            refilter();
        } catch (ValidationException invalid) {
            Notifications.error(invalid);
        }
    }

    private void refilter() {
        filter = criteria.toFilter(zone, agencyScope);
        // A selection the new filter hides would still be acted on, unseen and impossible to untick.
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        refreshCounts();
        showSearchWindow();
    }

    private void showSearchWindow() {
        Optional<Instant> start = console.searchWindowStart(filter);
        searchWindow.setVisible(start.isPresent());
        start.ifPresent(at -> searchWindow.setText(getTranslation("inbox.search.window",
                NumberFormat.getIntegerInstance(getLocale()).format(ComplaintQueries.SEARCH_WINDOW),
                at.atZone(zone).toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())),
                getTranslation("inbox.filter.from"))));
    }

    private Component toolbar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        if (user.coordinator()) {
            Button verify = new Button(getTranslation("bulk.verify"), e -> bulkVerify());
            verify.setId("bulk-verify");
            Button spam = new Button(getTranslation("bulk.archive-spam"), e -> confirmSpam());
            spam.setId("bulk-archive-spam");
            spam.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Button dispose = new Button(getTranslation("bulk.dispose"), e -> bulkDispose());
            dispose.setId("bulk-dispose");
            for (Button b : List.of(verify, spam, dispose)) {
                b.setEnabled(false);
                b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            }
            grid.addSelectionListener(e -> List.of(verify, spam, dispose)
                    .forEach(b -> b.setEnabled(!e.getAllSelectedItems().isEmpty())));
            bar.add(verify, spam, dispose);
        }
        bar.add(download("export-csv", "complaints.csv", "text/csv", false),
                download("export-xlsx", "complaints.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true));
        return bar;
    }

    private Anchor download(String id, String fileName, String type, boolean xlsx) {
        Locale locale = getLocale();
        String tenant = console.tenant().slug();
        StreamResource resource = new StreamResource(tenant + "-" + LocalDate.now(clock.withZone(zone))
                .format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + fileName, (out, session) -> {
                    ComplaintExport export = new ComplaintExport(user, zone, locale, categoryNames, districtNames,
                            agencyScope);
                    ComplaintFilter current = filter;
                    ComplaintQueries.Order order = criteria.getSort().order();
                    try (ComplaintExport.RowWriter rows = xlsx
                            ? new XlsxRows(out, getTranslation(locale, "export.sheet")) : new CsvRows(out)) {
                        export.write(rows, cursor -> console.page(current, order, cursor, ComplaintExport.PAGE),
                                clock.instant());
                    }
                });
        resource.setContentType(type);
        Anchor a = new Anchor(resource, "");
        a.getElement().setAttribute("download", true);
        a.setId(id);
        Button label = new Button(getTranslation(xlsx ? "inbox.export-xlsx" : "inbox.export-csv"), VaadinIcon.DOWNLOAD.create());
        label.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        label.getElement().setAttribute("tabindex", "-1");
        a.add(label);
        return a;
    }

    private static String getTranslation(Locale locale, String key) {
        return id.pendopo.ui.i18n.Translations.get(locale, key);
    }

    private void configureGrid() {
        grid.setId("complaint-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        if (user.coordinator()) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
        }
        grid.addComponentColumn(c -> {
            String id = c.trackingId().value();
            RouterLink open = new RouterLink(id, ComplaintDetailView.class, new RouteParameters("trackingId", id));
            open.setId("open-" + id);
            return open;
        }).setHeader(getTranslation("complaint.tracking-id")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> ComplaintLabels.when(c.receivedAt(), zone)).setHeader(getTranslation("complaint.received"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Complaint::title).setHeader(getTranslation("complaint.title")).setFlexGrow(1)
                .setTooltipGenerator(Complaint::title);
        grid.addColumn(c -> categoryNames.getOrDefault(c.categoryCode(), c.categoryCode()))
                .setHeader(getTranslation("complaint.category")).setAutoWidth(true);
        grid.addColumn(c -> districtNames.getOrDefault(c.location().districtCode(), c.location().districtCode()))
                .setHeader(getTranslation("complaint.district")).setAutoWidth(true);
        grid.addComponentColumn(c -> ComplaintLabels.status(c.status())).setHeader(getTranslation("complaint.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::due).setHeader(getTranslation("complaint.due")).setAutoWidth(true).setFlexGrow(0);
        // Rows are the same complaint by id, not by object: every page load brings new objects, and a selection
        // made before a reload must stay one row, not become two.
        grid.setItems(query -> console.range(filter, criteria.getSort().order(), query.getOffset(), query.getLimit())
                .stream()).setIdentifierProvider(Complaint::id);
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    private Component due(Complaint c) {
        HorizontalLayout due = new HorizontalLayout();
        due.setSpacing(false);
        due.getStyle().set("gap", "0.4em");
        ComplaintLabels.currentDue(c).ifPresent(at -> due.add(new Span(ComplaintLabels.deadline(at, zone))));
        if (ComplaintLabels.overdue(c, agencyScope, clock.instant())) {
            due.add(ComplaintLabels.overdueBadge());
        }
        return due;
    }

    private void open(Complaint c) {
        UI.getCurrent().navigate(ComplaintDetailView.class, new RouteParameters("trackingId", c.trackingId().value()));
    }

    private void refreshCounts() {
        ComplaintConsole.Counts counts = console.counts(agencyScope);
        countNew.setText(getTranslation("inbox.count-new", counts.received()));
        countOverdue.setText(getTranslation("inbox.count-overdue", counts.overdue()));
        countNew.getElement().setAttribute("data-count", String.valueOf(counts.received()));
        countOverdue.getElement().setAttribute("data-count", String.valueOf(counts.overdue()));
    }

    /** Runs one act per selected complaint, each in its own transaction, and reports every outcome. */
    private void bulk(String labelKey, Consumer<TrackingId> act) {
        List<Complaint> selected = new ArrayList<>(grid.getSelectedItems());
        int done = 0;
        List<String> failures = new ArrayList<>();
        for (Complaint c : selected) {
            try {
                act.accept(c.trackingId());
                done++;
            } catch (RuntimeException failed) {
                // Each act is its own transaction: report every one that did not go through and carry on, so
                // the summary always tells what was done and what was not.
                DomainException refused = UiErrors.domainCause(failed);
                if (refused == null) {
                    LOG.log(Level.SEVERE, "Bulk act on " + c.trackingId() + " failed", failed);
                }
                failures.add(c.trackingId().value() + ": " + (refused == null
                        ? getTranslation("error.unexpected") : ErrorMessages.of(refused, getLocale())));
            }
        }
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        refreshCounts();
        String summary = getTranslation("bulk.result", getTranslation(labelKey), done, selected.size());
        if (failures.isEmpty()) {
            Notifications.success(summary);
        } else {
            Notifications.error(summary + " " + String.join(" · ", failures));
        }
    }

    /** Archiving is final and tells every reporter: asked once more, with the number of reports. */
    private void confirmSpam() {
        List<String> ids = grid.getSelectedItems().stream().map(c -> c.trackingId().value()).sorted().toList();
        String named = String.join(", ", ids.subList(0, Math.min(ids.size(), 20))) + (ids.size() > 20 ? ", …" : "");
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("bulk.archive-spam"),
                getTranslation("bulk.archive-spam.confirm", ids.size(), named), getTranslation("bulk.archive-spam"),
                ok -> bulk("bulk.archive-spam", id -> desk.archiveAsSpam(id, user.actor(), null)));
        confirm.setId("bulk-archive-spam-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /**
     * Verifying publishes a report that is not CONFIDENTIAL (its title, text and place reach the tracking page, Open311
     * and webhooks), which a coordinator verifying one report decides after reading it on its page: from a list of
     * titles, the dialog names what will be published before anything is.
     */
    private void bulkVerify() {
        List<Complaint> chosen = grid.getSelectedItems().stream()
                .sorted(Comparator.comparing(c -> c.trackingId().value())).toList();
        long published = chosen.stream().filter(c -> c.privacyMode().allowsPublication()).count();
        List<String> ids = chosen.stream().map(c -> c.trackingId().value()).toList();
        String named = String.join(", ", ids.subList(0, Math.min(ids.size(), 20))) + (ids.size() > 20 ? ", …" : "");
        Paragraph what = new Paragraph(getTranslation("bulk.verify.confirm", ids.size(), named, published));
        what.setId("bulk-verify-what");
        new ActionDialog("bulk-verify-dialog", getTranslation("bulk.verify"), getTranslation("action.note"), false,
                note -> bulk("bulk.verify", id -> desk.verify(id, user.actor(), note)), () -> {
                }, what).open();
    }

    private void bulkDispose() {
        MultiSelectComboBox<Agency> agencies = AgencyPicker.of(console.agencies());
        new ActionDialog("bulk-dispose-dialog", getTranslation("bulk.dispose"), getTranslation("action.note"), false,
                note -> {
                    Set<Long> ids = agencies.getValue().stream().map(Agency::id)
                            .collect(Collectors.toCollection(LinkedHashSet::new));
                    if (ids.isEmpty()) {
                        throw ValidationException.of("agencyIds", "at least one agency is required");
                    }
                    bulk("bulk.dispose", id -> desk.dispose(id, ids, user.actor(), note));
                }, () -> {
                }, agencies).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
