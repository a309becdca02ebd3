package id.pendopo.ui.operator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.pendopo.identity.Role;
import id.pendopo.shared.NotFoundException;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantAdministration;
import id.pendopo.ui.i18n.Translations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Everything the platform knows about one tenant, and how much data it holds. */
@Route(value = "operator/tenants/:slug", layout = id.pendopo.ui.shell.MainLayout.class)
@RolesAllowed(Role.Names.PLATFORM_OPERATOR)
public class TenantDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TenantAdministration admin;
    private String title = "";

    @Inject
    public TenantDetailView(TenantAdministration admin) {
        this.admin = admin;
        setId("tenant-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("slug").orElse("");
        RouterLink back = new RouterLink(getTranslation("tenant-detail.back"), TenantsView.class);
        back.setId("tenant-detail-back");
        add(back);
        Tenant t;
        try {
            t = admin.get(slug);
        } catch (NotFoundException e) {
            title = getTranslation("tenant-detail.not-found", slug);
            H2 missing = new H2(title);
            missing.setId("tenant-detail-title");
            add(missing);
            return;
        }
        title = t.branding().displayName();
        H2 heading = new H2(title);
        heading.setId("tenant-detail-title");
        Span status = new Span(getTranslation("status." + t.status().name()));
        status.setId("tenant-detail-status");
        StatusColors.apply(status, t.status());
        HorizontalLayout top = new HorizontalLayout(heading, status);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        ZoneId zone = t.timeZone().zone();
        FormLayout fields = new FormLayout();
        fields.setId("tenant-detail-fields");
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        item(fields, "id", t.id(), "tenant-detail.id");
        item(fields, "kode", t.kode(), "field.kode");
        item(fields, "slug", t.slug(), "field.slug");
        item(fields, "name", t.name(), "tenant-detail.name");
        item(fields, "province", t.provinceName() + " (" + t.provinceKode() + ")", "tenants.province");
        item(fields, "display-name", t.branding().displayName(), "field.displayName");
        item(fields, "time-zone", getTranslation("timezone." + t.timeZone().name()), "field.timeZone");
        item(fields, "locale", getTranslation("language." + t.defaultLocale().getLanguage()), "field.locale");
        fields.addFormItem(colour(t.branding().primaryColor()), getTranslation("field.primaryColor"));
        item(fields, "logo-url", t.branding().logoUrl(), "field.logoUrl");
        item(fields, "status-reason", t.statusReason(), "tenant-detail.status-reason");
        item(fields, "contact-name", t.contact() == null ? null : t.contact().name(), "field.contactName");
        item(fields, "contact-email", t.contact() == null ? null : t.contact().email(), "field.contactEmail");
        item(fields, "contact-phone", t.contact() == null ? null : t.contact().phone(), "field.contactPhone");
        item(fields, "identity-org", t.identityOrgId(), "tenant-detail.identity-org");
        item(fields, "created-at", when(t.createdAt(), zone, t), "tenant-detail.created-at");
        item(fields, "updated-at", when(t.updatedAt(), zone, t), "tenant-detail.updated-at");

        H3 usageTitle = new H3(getTranslation("tenant-detail.usage"));
        FormLayout usage = new FormLayout();
        usage.setId("tenant-usage");
        usage.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        for (Map.Entry<String, Long> u : admin.usage(t.slug()).entrySet()) {
            Span count = new Span(String.valueOf(u.getValue()));
            count.setId("tenant-usage-" + u.getKey());
            count.getStyle().set("font-weight", "600");
            usage.addFormItem(count, Translations.find(getLocale(), "usage." + u.getKey()).orElse(u.getKey()));
        }
        add(top, fields, usageTitle, usage);
    }

    private void item(FormLayout form, String id, String value, String labelKey) {
        Span v = new Span(value == null || value.isBlank() ? "—" : value);
        v.setId("tenant-detail-" + id);
        form.addFormItem(v, getTranslation(labelKey));
    }

    private Component colour(String hex) {
        Div swatch = new Div();
        swatch.setWidth("1em");
        swatch.setHeight("1em");
        swatch.getStyle().set("background", hex).set("border-radius", "3px").set("display", "inline-block");
        Span text = new Span(hex);
        text.setId("tenant-detail-primary-color");
        HorizontalLayout l = new HorizontalLayout(swatch, text);
        l.setAlignItems(FlexComponent.Alignment.CENTER);
        l.setSpacing(false);
        l.getStyle().set("gap", "0.4em");
        return l;
    }

    private static String when(Instant instant, ZoneId zone, Tenant t) {
        return instant == null ? null : WHEN.format(instant.atZone(zone)) + " " + t.timeZone().name();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
