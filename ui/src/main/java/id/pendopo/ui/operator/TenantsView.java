package id.pendopo.ui.operator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pendopo.identity.Role;
import id.pendopo.region.RegionDirectory;
import id.pendopo.shared.DomainException;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantAdministration;
import id.pendopo.tenancy.TenantProvisioning;
import id.pendopo.tenancy.TenantStatus;
import id.pendopo.ui.components.Ids;
import id.pendopo.ui.components.Notifications;
import id.pendopo.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The platform's tenants, searchable and filtered by status, loaded page by page. Each row offers the actions its
 * status allows (the same the API offers, because both ask the {@link Tenant} aggregate): suspend or reactivate,
 * export all its data as a zip, and delete, which archives first and then purges after the operator types the
 * slug.
 */
@Route(value = "operator/tenants", layout = MainLayout.class)
@RolesAllowed(Role.Names.PLATFORM_OPERATOR)
public class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private final TenantAdministration admin;
    private final Grid<Tenant> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<TenantStatus> status = new Select<>();

    @Inject
    public TenantsView(TenantAdministration admin, TenantProvisioning provisioning, RegionDirectory regions) {
        this.admin = admin;
        setId("tenants-view");
        setSizeFull();

        H2 title = new H2(getTranslation("tenants.title"));
        title.setId("tenants-title");

        search.setId("tenant-search");
        search.setPlaceholder(getTranslation("tenants.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20rem");
        search.addValueChangeListener(e -> refresh());

        status.setId("tenant-status-filter");
        status.setItems(TenantStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("tenants.status.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("tenants.status.all") : statusLabel(s));
        status.setPlaceholder(getTranslation("tenants.status.all"));
        status.addValueChangeListener(e -> refresh());

        Button create = new Button(getTranslation("tenants.create"), VaadinIcon.PLUS.create(),
                e -> new CreateTenantDialog(provisioning, regions, result -> {
                    refresh();
                    CreateTenantDialog.createdDialog(this, result).open();
                }).open());
        create.setId("create-tenant");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(search, status, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        create.getStyle().set("margin-left", "auto");

        grid.setId("tenant-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Tenant::kode).setHeader(getTranslation("field.kode")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> {
            RouterLink link = new RouterLink(t.slug(), TenantDetailView.class, new RouteParameters("slug", t.slug()));
            link.setId(Ids.of("tenant-link", t.slug()));
            return link;
        }).setHeader(getTranslation("field.slug")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.branding().displayName()).setHeader(getTranslation("field.displayName")).setFlexGrow(1);
        grid.addColumn(Tenant::provinceName).setHeader(getTranslation("tenants.province")).setAutoWidth(true);
        // Fixed widths: auto width is measured once, and a row's status and actions change after an action.
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("tenants.status")).setWidth("10rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setWidth("22rem")
                .setFlexGrow(0);
        grid.setItems(query -> admin.search(filterText(), status.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) admin.count(filterText(), status.getValue()));
        grid.setEmptyStateText(getTranslation("tenants.empty"));

        add(title, toolbar, grid);
        expand(grid);
    }

    private String filterText() {
        return search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().trim();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Component statusBadge(Tenant t) {
        Span badge = new Span(statusLabel(t.status()));
        badge.setId(Ids.of("tenant-status", t.slug()));
        StatusColors.apply(badge, t.status());
        if (t.statusReason() != null) {
            badge.getElement().setAttribute("title", t.statusReason());
        }
        return badge;
    }

    private String statusLabel(TenantStatus s) {
        return getTranslation("status." + s.name());
    }

    private Component actions(Tenant t) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        if (t.canSuspend()) {
            actions.add(action("suspend", t, VaadinIcon.PAUSE, () -> new ReasonDialog("suspend",
                    getTranslation("tenants.suspend.title", t.branding().displayName()),
                    getTranslation("tenants.suspend.text"), getTranslation("tenants.suspend"),
                    reason -> run(() -> admin.suspend(t.slug(), reason), "tenants.suspend.done", t)).open()));
        }
        if (t.canReactivate()) {
            actions.add(action("reactivate", t, VaadinIcon.PLAY,
                    () -> run(() -> admin.reactivate(t.slug()), "tenants.reactivate.done", t)));
        }
        if (t.status() != TenantStatus.PROVISIONING) {
            Anchor export = new Anchor(exportOf(t.slug()), "");
            export.add(VaadinIcon.DOWNLOAD.create());
            export.add(new Span(getTranslation("tenants.export")));
            export.setId(Ids.of("export", t.slug()));
            export.getElement().setAttribute("download", true);
            export.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "0.25em")
                    .set("font-size", "var(--lumo-font-size-s)").set("padding", "0 var(--lumo-space-s)");
            actions.add(export);
        }
        if (t.canArchive() || t.canPurge()) {
            Button delete = action("delete", t, VaadinIcon.TRASH, () -> delete(t));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        return actions;
    }

    private Button action(String name, Tenant t, VaadinIcon icon, Runnable onClick) {
        Button b = new Button(getTranslation("tenants." + name), icon.create(), e -> onClick.run());
        b.setId(Ids.of(name, t.slug()));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    /** Deleting is two steps: archive (staff lose access, data kept), then purge (everything removed). */
    private void delete(Tenant t) {
        if (t.canPurge()) {
            openPurge(t);
            return;
        }
        new ReasonDialog("archive", getTranslation("tenants.archive.title", t.branding().displayName()),
                getTranslation("tenants.archive.text"), getTranslation("tenants.archive.confirm"), reason -> {
                    Tenant archived = run(() -> admin.archive(t.slug(), reason), "tenants.archive.done", t);
                    if (archived != null) {
                        openPurge(archived);
                    }
                }).open();
    }

    private void openPurge(Tenant t) {
        new PurgeDialog(t, typed -> run(() -> {
            admin.purge(t.slug(), typed);
            return t;
        }, "tenants.purge.done", t)).open();
    }

    private Tenant run(Supplier<Tenant> action, String doneKey, Tenant t) {
        try {
            Tenant result = action.get();
            Notifications.success(getTranslation(doneKey, t.branding().displayName()));
            return result;
        } catch (DomainException refused) {
            Notifications.error(refused);
            return null;
        } finally {
            refresh();
        }
    }

    private DownloadHandler exportOf(String slug) {
        return event -> {
            event.setFileName("pendopo-" + slug + "-" + LocalDate.now() + ".zip");
            event.setContentType("application/zip");
            admin.export(slug, event.getOutputStream());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title");
    }
}
