package id.pendopo.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.pendopo.complaint.ComplaintCategories;
import id.pendopo.complaint.ComplaintCategory;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.Transactions;
import id.pendopo.ui.components.Notifications;
import java.time.Clock;

/**
 * The regency's complaint categories: add, rename and (de)activate. Row buttons carry the category code in their
 * ids, e.g. {@code category-toggle-INFRASTRUKTUR}; codes are capital letters, digits, '-' and '_' only.
 */
class CategoriesPanel extends VerticalLayout {

    private final ComplaintCategories categories;
    private final Transactions tx;
    private final Grid<ComplaintCategory> grid = new Grid<>();

    CategoriesPanel(ComplaintCategories categories, Transactions tx, Clock clock) {
        this.categories = categories;
        this.tx = tx;
        setPadding(false);
        setSizeFull();

        Button add = new Button(getTranslation("category.add"), VaadinIcon.PLUS.create(),
                e -> CategoryDialog.create(categories, tx, clock, c -> refresh()).open());
        add.setId("category-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("category-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ComplaintCategory::code).setHeader(getTranslation("category.code")).setAutoWidth(true);
        grid.addColumn(ComplaintCategory::name).setHeader(getTranslation("category.name")).setFlexGrow(1)
                .setTooltipGenerator(c -> c.description() == null ? c.name() : c.description());
        grid.addColumn(c -> getTranslation(c.active() ? "category.active" : "category.inactive"))
                .setHeader(getTranslation("category.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        add(add, grid);
        refresh();
    }

    private HorizontalLayout actions(ComplaintCategory category) {
        Button edit = new Button(getTranslation("category.edit"),
                e -> CategoryDialog.edit(categories, tx, category, c -> refresh()).open());
        edit.setId("category-edit-" + category.code());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        boolean active = category.active();
        Button toggle = new Button(getTranslation(active ? "category.deactivate" : "category.activate"), e -> {
            try {
                tx.inNew(() -> categories.setActive(category.code(), !active));
                Notifications.success(getTranslation(active ? "category.deactivated" : "category.activated",
                        category.code()));
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
            refresh();
        });
        toggle.setId("category-toggle-" + category.code());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY,
                active ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        return new HorizontalLayout(edit, toggle);
    }

    private void refresh() {
        grid.setItems(tx.inNew(categories::all));
    }
}
