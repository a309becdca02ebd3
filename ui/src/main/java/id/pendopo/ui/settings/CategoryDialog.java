package id.pendopo.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.pendopo.complaint.ComplaintCategories;
import id.pendopo.complaint.ComplaintCategory;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.Transactions;
import id.pendopo.shared.ValidationException;
import id.pendopo.ui.components.FieldErrors;
import id.pendopo.ui.components.Notifications;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;

/** Adds a complaint category, or renames one (its code stays). The core's rules are the only rules here. */
class CategoryDialog extends Dialog {

    /** What saving does with the four fields: add a category, or describe an existing one. */
    private interface Save {
        ComplaintCategory apply(String code, String name, String description, String keywords);
    }

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final TextField keywords = new TextField();

    static CategoryDialog create(ComplaintCategories categories, Transactions tx, Clock clock,
            Consumer<ComplaintCategory> saved) {
        CategoryDialog d = new CategoryDialog((c, n, de, k) -> tx.inNew(() -> categories.add(c, n, de, k, clock.instant())),
                saved);
        d.setHeaderTitle(d.getTranslation("category.add.title"));
        return d;
    }

    static CategoryDialog edit(ComplaintCategories categories, Transactions tx, ComplaintCategory category,
            Consumer<ComplaintCategory> saved) {
        CategoryDialog d = new CategoryDialog((c, n, de, k) -> tx.inNew(() -> categories.describe(c, n, de, k)), saved);
        d.setHeaderTitle(d.getTranslation("category.edit.title", category.code()));
        d.code.setValue(category.code());
        d.code.setReadOnly(true);
        d.name.setValue(category.name());
        d.description.setValue(category.description() == null ? "" : category.description());
        d.keywords.setValue(category.keywords() == null ? "" : category.keywords());
        return d;
    }

    private CategoryDialog(Save save, Consumer<ComplaintCategory> saved) {
        setId("category-dialog");
        setWidth("36rem");
        code.setLabel(getTranslation("category.code"));
        code.setId("category-code");
        code.setHelperText(getTranslation("category.code.helper"));
        // Codes are upper case; typing them in lower case is a slip, not a different code.
        code.addValueChangeListener(e -> {
            if (!e.getValue().equals(e.getValue().toUpperCase(java.util.Locale.ROOT))) {
                code.setValue(e.getValue().toUpperCase(java.util.Locale.ROOT));
            }
        });
        name.setLabel(getTranslation("category.name"));
        name.setId("category-name");
        description.setLabel(getTranslation("category.description"));
        description.setId("category-description");
        keywords.setLabel(getTranslation("category.keywords"));
        keywords.setId("category-keywords");
        keywords.setHelperText(getTranslation("category.keywords.helper"));
        FormLayout form = new FormLayout(code, name, description, keywords);
        form.setColspan(description, 2);
        form.setColspan(keywords, 2);
        add(form);

        Map<String, HasValidation> fields = Map.of("code", code, "name", name, "description", description,
                "keywords", keywords);
        Button ok = new Button(getTranslation("common.save"), e -> {
            try {
                ComplaintCategory category = save.apply(code.getValue().strip(), name.getValue(),
                        description.getValue(), keywords.getValue());
                close();
                Notifications.success(getTranslation("category.saved", category.code()));
                saved.accept(category);
            } catch (ValidationException invalid) {
                FieldErrors.show(invalid, fields, getLocale());
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        ok.setId("category-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("category-cancel");
        getFooter().add(cancel, ok);
    }
}
