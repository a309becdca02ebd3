package id.pendopo.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import id.pendopo.calendar.SlaDays;
import id.pendopo.calendar.SlaSettings;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.ValidationException;
import id.pendopo.ui.components.FieldErrors;
import id.pendopo.ui.components.Notifications;
import java.util.Map;

/** The regency's complaint deadlines in working days, with a warning while they exceed LAPOR! SP4N's limits. */
class SlaPanel extends VerticalLayout {

    private final IntegerField verification = field("sla-verification", "sla.verification");
    private final IntegerField followUp = field("sla-follow-up", "sla.follow-up");
    private final IntegerField autoClose = field("sla-auto-close", "sla.auto-close");
    private final Span beyondLapor = new Span(getTranslation("sla.beyond-lapor"));

    SlaPanel(SlaSettings sla) {
        setPadding(false);
        beyondLapor.setId("sla-beyond-lapor");
        beyondLapor.getElement().getThemeList().add("badge warning");
        show(sla.current());
        verification.addValueChangeListener(e -> warn());
        followUp.addValueChangeListener(e -> warn());

        Map<String, HasValidation> fields = Map.of("verificationDays", verification, "followUpDays", followUp,
                "autoCloseDays", autoClose);
        Button save = new Button(getTranslation("sla.save"), e -> {
            try {
                show(sla.change(entered()));
                fields.values().forEach(f -> f.setInvalid(false));
                Notifications.success(getTranslation("sla.saved"));
            } catch (ValidationException invalid) {
                FieldErrors.show(invalid, fields, getLocale());
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        save.setId("sla-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(verification, followUp, autoClose);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(new Paragraph(getTranslation("sla.intro")), form, beyondLapor, save);
    }

    private IntegerField field(String id, String key) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setId(id);
        f.setHelperText(getTranslation(key + ".helper"));
        f.setStepButtonsVisible(true);
        // No min/max here on purpose: the core's 1..30 rule answers, translated, at the field.
        return f;
    }

    /** What the form holds; an empty field is 0, which the core refuses with the field's own reason. */
    private SlaDays entered() {
        return new SlaDays(orZero(verification.getValue()), orZero(followUp.getValue()), orZero(autoClose.getValue()));
    }

    private void show(SlaDays days) {
        verification.setValue(days.verificationDays());
        followUp.setValue(days.followUpDays());
        autoClose.setValue(days.autoCloseDays());
        warn();
    }

    private void warn() {
        beyondLapor.setVisible(!entered().withinLaporLimits());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
