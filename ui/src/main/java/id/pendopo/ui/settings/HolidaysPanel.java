package id.pendopo.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import id.pendopo.calendar.Holiday;
import id.pendopo.calendar.HolidayCalendar;
import id.pendopo.shared.DomainException;
import id.pendopo.ui.components.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.IntStream;

/** The regency's holidays of one year: national ones, cuti bersama and its own regional ones. */
class HolidaysPanel extends VerticalLayout {

    private final HolidayCalendar calendar;
    private final Select<Integer> year = new Select<>();
    private final Grid<Holiday> grid = new Grid<>();

    HolidaysPanel(HolidayCalendar calendar, ZoneId zone, Clock clock) {
        this.calendar = calendar;
        setPadding(false);
        setSizeFull();
        int thisYear = LocalDate.now(clock.withZone(zone)).getYear();

        year.setLabel(getTranslation("holiday.year"));
        year.setId("holiday-year");
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("holiday.add"), VaadinIcon.PLUS.create(),
                e -> new HolidayDialog(calendar, year.getValue(), day -> {
                    year.setValue(day.getYear());
                    refresh();
                }).open());
        add.setId("holiday-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout top = new HorizontalLayout(year, add);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("holiday-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(h -> format(h.day())).setHeader(getTranslation("holiday.date")).setAutoWidth(true);
        grid.addColumn(Holiday::name).setHeader(getTranslation("holiday.name")).setFlexGrow(1);
        grid.addColumn(h -> getTranslation("holiday.kind." + h.kind().name()))
                .setHeader(getTranslation("holiday.kind")).setAutoWidth(true);
        grid.addComponentColumn(this::delete).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        add(new Paragraph(getTranslation("holiday.intro")), top, grid);
        refresh();
    }

    private Button delete(Holiday holiday) {
        Button delete = new Button(getTranslation("holiday.delete"), VaadinIcon.TRASH.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("holiday.delete.title"),
                    getTranslation("holiday.delete.text", holiday.name(), format(holiday.day())),
                    getTranslation("holiday.delete"), ok -> {
                        try {
                            calendar.remove(holiday.id());
                            Notifications.success(getTranslation("holiday.deleted", holiday.name()));
                        } catch (DomainException refused) {
                            Notifications.error(refused);
                        }
                        refresh();
                    });
            confirm.setId("holiday-delete-confirm");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.setId("holiday-delete-" + holiday.id());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return delete;
    }

    private String format(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()));
    }

    private void refresh() {
        grid.setItems(calendar.list(year.getValue()));
    }
}
