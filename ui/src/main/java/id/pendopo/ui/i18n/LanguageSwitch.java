package id.pendopo.ui.i18n;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** ID | EN in the header. The choice lasts for the session. */
public class LanguageSwitch extends HorizontalLayout {

    public LanguageSwitch(Language current) {
        setId("language-switch");
        setSpacing(false);
        getElement().setAttribute("aria-label", getTranslation("shell.language"));
        for (Language language : Language.values()) {
            Button b = new Button(language.label());
            b.setId("language-" + language.tag());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL,
                    language == current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            b.getElement().setAttribute("title", getTranslation("language." + language.tag()));
            b.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> LanguageSetup.switchTo(ui, language)));
            add(b);
        }
    }
}
