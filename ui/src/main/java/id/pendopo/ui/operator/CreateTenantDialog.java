package id.pendopo.ui.operator;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.pendopo.region.Region;
import id.pendopo.region.RegionDirectory;
import id.pendopo.region.RegionLevel;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.Branding;
import id.pendopo.tenancy.NewTenant;
import id.pendopo.tenancy.ProvisionedTenant;
import id.pendopo.tenancy.RegionalTime;
import id.pendopo.tenancy.TenantProvisioning;
import id.pendopo.ui.components.CredentialsDialog;
import id.pendopo.ui.components.Notifications;
import id.pendopo.ui.i18n.ErrorMessages;
import id.pendopo.ui.i18n.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Creates a tenant: the regency's code and slug, how its space looks, who to call, and the e-mail of its first
 * administrator. The core checks every field (the same rules the API applies) and reports all failures at once;
 * each is shown at its field. On success the administrator's temporary password is shown once.
 */
class CreateTenantDialog extends Dialog {

    private final Map<String, Component> fieldsByName = new LinkedHashMap<>();

    CreateTenantDialog(TenantProvisioning provisioning, RegionDirectory regions, Consumer<ProvisionedTenant> created) {
        setId("tenant-form");
        setHeaderTitle(getTranslation("tenant-form.title"));
        setWidth("46rem");

        TextField kode = text("kode", "tenant-form-kode");
        kode.setRequiredIndicatorVisible(true);
        kode.setPlaceholder("12.05");
        kode.setHelperText(getTranslation("tenant-form.kode.helper"));
        kode.setValueChangeMode(ValueChangeMode.LAZY);
        TextField slug = text("slug", "tenant-form-slug");
        slug.setRequiredIndicatorVisible(true);
        slug.setPlaceholder("langkat");
        slug.setHelperText(getTranslation("tenant-form.slug.helper"));
        TextField displayName = text("displayName", "tenant-form-display-name");
        displayName.setHelperText(getTranslation("tenant-form.display-name.helper"));
        ComboBox<RegionalTime> timeZone = new ComboBox<>(getTranslation("field.timeZone"), RegionalTime.values());
        timeZone.setId("tenant-form-time-zone");
        timeZone.setItemLabelGenerator(z -> getTranslation("timezone." + z.name()));
        timeZone.setPlaceholder(getTranslation("tenant-form.time-zone.auto"));
        timeZone.setClearButtonVisible(true);
        fieldsByName.put("timeZone", timeZone);
        Select<String> locale = new Select<>();
        locale.setLabel(getTranslation("field.locale"));
        locale.setId("tenant-form-locale");
        locale.setItems(Arrays.stream(Language.values()).map(Language::tag).filter(NewTenant.LOCALES::contains).toList());
        locale.setItemLabelGenerator(l -> getTranslation("language." + l));
        fieldsByName.put("locale", locale);
        TextField color = text("primaryColor", "tenant-form-color");
        color.setPlaceholder(Branding.DEFAULT_COLOR);
        Div swatch = new Div();
        swatch.setWidth("1.2em");
        swatch.setHeight("1.2em");
        swatch.getStyle().set("border-radius", "4px").set("background", Branding.DEFAULT_COLOR);
        color.setPrefixComponent(swatch);
        color.setValueChangeMode(ValueChangeMode.EAGER);
        color.addValueChangeListener(e -> swatch.getStyle().set("background",
                Branding.COLOR.matcher(e.getValue()).matches() ? e.getValue() : Branding.DEFAULT_COLOR));
        TextField logoUrl = text("logoUrl", "tenant-form-logo-url");
        logoUrl.setPlaceholder("https://…/logo.png");
        TextField contactName = text("contactName", "tenant-form-contact-name");
        EmailField contactEmail = new EmailField(getTranslation("field.contactEmail"));
        contactEmail.setId("tenant-form-contact-email");
        fieldsByName.put("contactEmail", contactEmail);
        TextField contactPhone = text("contactPhone", "tenant-form-contact-phone");
        EmailField adminEmail = new EmailField(getTranslation("field.adminEmail"));
        adminEmail.setId("tenant-form-admin-email");
        adminEmail.setRequiredIndicatorVisible(true);
        adminEmail.setHelperText(getTranslation("tenant-form.admin-email.helper"));
        fieldsByName.put("adminEmail", adminEmail);

        // No validators here on purpose: the core's rules are the only rules, and their failures come back per field.
        Binder<TenantDraft> binder = new Binder<>(TenantDraft.class);
        binder.forField(kode).bind(TenantDraft::getKode, TenantDraft::setKode);
        binder.forField(slug).bind(TenantDraft::getSlug, TenantDraft::setSlug);
        binder.forField(displayName).bind(TenantDraft::getDisplayName, TenantDraft::setDisplayName);
        binder.forField(timeZone).bind(TenantDraft::getTimeZone, TenantDraft::setTimeZone);
        binder.forField(locale).bind(TenantDraft::getLocale, TenantDraft::setLocale);
        binder.forField(color).bind(TenantDraft::getPrimaryColor, TenantDraft::setPrimaryColor);
        binder.forField(logoUrl).bind(TenantDraft::getLogoUrl, TenantDraft::setLogoUrl);
        binder.forField(contactName).bind(TenantDraft::getContactName, TenantDraft::setContactName);
        binder.forField(contactEmail).bind(TenantDraft::getContactEmail, TenantDraft::setContactEmail);
        binder.forField(contactPhone).bind(TenantDraft::getContactPhone, TenantDraft::setContactPhone);
        binder.forField(adminEmail).bind(TenantDraft::getAdminEmail, TenantDraft::setAdminEmail);
        TenantDraft draft = new TenantDraft();
        binder.readBean(draft);
        // A field the operator corrects stops showing the core's complaint about its old value.
        fieldsByName.values().forEach(c -> {
            if (c instanceof HasValue<?, ?> field && c instanceof HasValidation v) {
                field.addValueChangeListener(e -> v.setInvalid(false));
            }
        });

        // Show which regency the code names, and propose its slug while the operator has not typed one.
        kode.addValueChangeListener(e -> {
            Optional<Region> regency = Optional.ofNullable(e.getValue()).map(String::trim).filter(k -> !k.isEmpty())
                    .flatMap(regions::find).filter(r -> r.level() == RegionLevel.REGENCY);
            kode.setHelperText(regency.map(r -> getTranslation("tenant-form.kode.found", r.nama()))
                    .orElse(getTranslation("tenant-form.kode.helper")));
            regency.ifPresent(r -> {
                if (slug.isEmpty()) {
                    SlugSuggestion.from(r.nama()).ifPresent(slug::setValue);
                }
                displayName.setPlaceholder(r.nama());
            });
        });

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(section("tenant-form.section.region"), 2);
        form.add(kode, slug);
        form.add(section("tenant-form.section.branding"), 2);
        form.add(displayName, color, logoUrl, timeZone, locale);
        form.add(section("tenant-form.section.contact"), 2);
        form.add(contactName, contactEmail, contactPhone);
        form.add(section("tenant-form.section.admin"), 2);
        form.add(adminEmail, 2);
        add(form);

        Button save = new Button(getTranslation("tenant-form.save"), e -> {
            clearErrors();
            binder.writeBeanIfValid(draft);
            try {
                ProvisionedTenant result = provisioning.provision(draft.toNewTenant());
                close();
                created.accept(result);
            } catch (ValidationException invalid) {
                showFieldErrors(invalid);
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        save.setId("tenant-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("tenant-form-cancel");
        getFooter().add(cancel, save);
        setCloseOnOutsideClick(false);
    }

    /** The dialog shown after a successful creation: the administrator's username and temporary password. */
    static CredentialsDialog createdDialog(Component translator, ProvisionedTenant result) {
        String username = result.admin() == null ? "admin." + result.tenant().slug() : result.admin().username();
        return new CredentialsDialog("tenant-created",
                translator.getTranslation("tenant-created.title", result.tenant().branding().displayName()),
                translator.getTranslation("tenant-created.text", result.tenant().name(), result.tenant().kode()),
                username, result.admin() == null ? null : result.admin().temporaryPassword());
    }

    private void showFieldErrors(ValidationException invalid) {
        List<String> elsewhere = new ArrayList<>();
        Map<String, String> messages = new LinkedHashMap<>();
        for (ValidationException.FieldError error : invalid.errors()) {
            // A blank field also fails its format rule; the first failure (the core checks presence first) says it.
            messages.putIfAbsent(error.field(), ErrorMessages.field(error, getLocale()));
        }
        messages.forEach((field, message) -> {
            if (fieldsByName.get(field) instanceof HasValidation v) {
                v.setErrorMessage(message);
                v.setInvalid(true);
            } else {
                elsewhere.add(ErrorMessages.fieldLabel(field, getLocale()) + ": " + message);
            }
        });
        if (!elsewhere.isEmpty()) {
            Notifications.error(String.join("; ", elsewhere));
        }
    }

    private void clearErrors() {
        fieldsByName.values().forEach(c -> {
            if (c instanceof HasValidation v) {
                v.setInvalid(false);
                v.setErrorMessage(null);
            }
        });
    }

    private TextField text(String field, String id) {
        TextField f = new TextField(getTranslation("field." + field));
        f.setId(id);
        fieldsByName.put(field, f);
        return f;
    }

    private H3 section(String key) {
        H3 h = new H3(getTranslation(key));
        h.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "var(--lumo-space-s) 0 0");
        return h;
    }
}
