package id.pendopo.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown addresses and for views the user's roles do not admit (Vaadin hides those as "not found" in
 * production). Any signed-in user may see it, also one without a Pendopo role.
 */
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found");
        getStyle().set("padding", "var(--lumo-space-xl)");
        add(new H2(getTranslation("not-found.title")), new Paragraph(getTranslation("not-found.text")),
                new Anchor("", getTranslation("not-found.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
