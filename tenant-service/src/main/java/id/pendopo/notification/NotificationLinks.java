package id.pendopo.notification;

import org.eclipse.microprofile.config.Config;

/**
 * Where messages point: the citizen's tracking page ({@code pendopo.notification.tracking-url}, with
 * {@code {trackingId}} replaced) and the staff console ({@code pendopo.notification.console-url}).
 */
public record NotificationLinks(String trackingUrl, String consoleUrl) {

    public static final NotificationLinks LOCAL = new NotificationLinks("http://localhost:8080/lacak/{trackingId}",
            "http://localhost:8080/");

    public static NotificationLinks from(Config config) {
        return new NotificationLinks(
                config.getOptionalValue("pendopo.notification.tracking-url", String.class).orElse(LOCAL.trackingUrl()),
                config.getOptionalValue("pendopo.notification.console-url", String.class).orElse(LOCAL.consoleUrl()));
    }

    public String tracking(String trackingId) {
        return trackingUrl.replace("{trackingId}", trackingId);
    }
}
