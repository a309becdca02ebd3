package id.pendopo.ui.complaint;

import com.vaadin.flow.component.html.Span;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** How complaint values look on screen: status badges, due dates with an overdue flag, times in the regency's zone. */
final class ComplaintLabels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private ComplaintLabels() {
    }

    static String when(Instant instant, ZoneId zone) {
        return instant == null ? "—" : WHEN.format(instant.atZone(zone));
    }

    /**
     * A deadline as people read it. Deadlines are the local midnight that ends the last working day, so
     * 03-12 00:00 is shown as 02-12 23:59: "by the end of the 2nd", not "on the 3rd".
     */
    static String deadline(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "—";
        }
        var local = instant.atZone(zone);
        return WHEN.format(local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? local.minusMinutes(1) : local);
    }

    /** A badge with the translated status and {@code data-status} = the enum name, for people and tests. */
    static Span status(ComplaintStatus status) {
        Span s = new Span();
        s.setText(s.getTranslation("complaint.status." + status.name()));
        s.getElement().setAttribute("data-status", status.name());
        s.getElement().getThemeList().add("badge");
        switch (status) {
            case RECEIVED, DEFERRED -> s.getElement().getThemeList().add("contrast");
            case RESOLVED, CLOSED, FOLLOWED_UP -> s.getElement().getThemeList().add("success");
            case ARCHIVED, NOT_OUR_JURISDICTION -> s.getElement().getThemeList().add("contrast");
            default -> {
            }
        }
        return s;
    }

    /** The deadline that matters now: verification until it is sent to agencies, follow-up while agencies work. */
    static Optional<Instant> currentDue(Complaint c) {
        if (c.status().awaitsDisposition()) {
            return Optional.of(c.verificationDueAt());
        }
        if (c.status() == ComplaintStatus.DISPOSED) {
            return c.followUpDueAt();
        }
        return Optional.empty();
    }

    /** Overdue in the list of {@code agencyScope} (null: the coordinator's), see {@link Complaint#isOverdueFor}. */
    static boolean overdue(Complaint c, Long agencyScope, Instant now) {
        return c.isOverdueFor(agencyScope, now);
    }

    static Span overdueBadge() {
        Span late = new Span();
        late.setText(late.getTranslation("complaint.overdue"));
        late.getElement().getThemeList().add("badge");
        late.getElement().getThemeList().add("error");
        late.getElement().getThemeList().add("small");
        late.addClassName("overdue-badge");
        late.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        return late;
    }
}
