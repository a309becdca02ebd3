package id.pendopo.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.pendopo.calendar.Holiday;
import id.pendopo.calendar.HolidayCalendar;
import id.pendopo.calendar.HolidayKind;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.ValidationException;
import id.pendopo.ui.components.FieldErrors;
import id.pendopo.ui.components.Notifications;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/** Adds a holiday; the calendar refuses a day that already has one. */
class HolidayDialog extends Dialog {

    HolidayDialog(HolidayCalendar calendar, int year, Consumer<LocalDate> added) {
        setId("holiday-dialog");
        setHeaderTitle(getTranslation("holiday.add.title"));
        setWidth("32rem");
        DatePicker date = new DatePicker(getTranslation("holiday.date"));
        date.setId("holiday-date");
        date.setLocale(getLocale());
        date.setInitialPosition(LocalDate.of(year, 1, 1));
        TextField name = new TextField(getTranslation("holiday.name"));
        name.setId("holiday-name");
        Select<HolidayKind> kind = new Select<>();
        kind.setLabel(getTranslation("holiday.kind"));
        kind.setId("holiday-kind");
        kind.setItems(HolidayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("holiday.kind." + k.name()));
        kind.setValue(HolidayKind.REGIONAL);
        FormLayout form = new FormLayout(date, kind, name);
        form.setColspan(name, 2);
        add(form);

        Map<String, HasValidation> fields = Map.of("day", date, "name", name, "kind", kind);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                Holiday holiday = calendar.add(date.getValue(), name.getValue(), kind.getValue());
                close();
                Notifications.success(getTranslation("holiday.added", holiday.name()));
                added.accept(holiday.day());
            } catch (ValidationException invalid) {
                FieldErrors.show(invalid, fields, getLocale());
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        save.setId("holiday-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("holiday-cancel");
        getFooter().add(cancel, save);
    }
}
