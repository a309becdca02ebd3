package id.pendopo.ui.operator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.pendopo.tenancy.Tenant;
import java.util.function.Consumer;

/**
 * The last step of deleting a tenant: everything of an archived tenant is removed for good. The operator types
 * the slug, the guard against deleting the wrong one of many similar regency names; the core checks it again.
 */
class PurgeDialog extends Dialog {

    PurgeDialog(Tenant tenant, Consumer<String> confirmed) {
        setId("purge-dialog");
        setHeaderTitle(getTranslation("tenants.purge.title", tenant.branding().displayName()));
        setWidth("34rem");
        add(new Paragraph(getTranslation("tenants.purge.text", tenant.name(), tenant.kode())));
        TextField typed = new TextField(getTranslation("tenants.purge.type-slug", tenant.slug()));
        typed.setId("purge-confirm-slug");
        typed.setWidthFull();
        typed.setValueChangeMode(ValueChangeMode.EAGER);
        add(typed);
        Button purge = new Button(getTranslation("tenants.purge.confirm"), e -> {
            close();
            confirmed.accept(typed.getValue());
        });
        purge.setId("purge-confirm");
        purge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        purge.setEnabled(false);
        typed.addValueChangeListener(e -> purge.setEnabled(tenant.slug().equals(e.getValue())));
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("purge-cancel");
        getFooter().add(cancel, purge);
    }
}
