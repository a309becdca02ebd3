package id.pendopo.ui.operator;

import com.vaadin.flow.component.html.Span;
import id.pendopo.tenancy.TenantStatus;

/** A tenant's status as a small coloured label (inline Lumo colours: no theme build needed). */
final class StatusColors {

    private StatusColors() {
    }

    static void apply(Span badge, TenantStatus status) {
        String tone = switch (status) {
            case ACTIVE -> "success";
            case SUSPENDED -> "error";
            case ARCHIVED, PROVISIONING -> "contrast";
        };
        badge.getStyle().set("display", "inline-block")
                .set("padding", "0.1em 0.6em")
                .set("border-radius", "var(--lumo-border-radius-l, 1em)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "500")
                .set("background", "var(--lumo-" + tone + "-color-10pct)")
                .set("color", "contrast".equals(tone) ? "var(--lumo-body-text-color)" : "var(--lumo-" + tone + "-text-color)");
    }
}
