package id.pendopo.notification;

import org.eclipse.microprofile.config.Config;

/**
 * The SMTP server email goes through ({@code pendopo.mail.*}). Disabled by default, so that a development
 * platform starts without a mail server; nothing is queued for email then.
 */
public record MailSettings(boolean enabled, String host, int port, String from, String username, String password,
        boolean startTls) {

    public static MailSettings from(Config config) {
        return new MailSettings(
                config.getOptionalValue("pendopo.mail.enabled", Boolean.class).orElse(false),
                config.getOptionalValue("pendopo.mail.host", String.class).orElse("localhost"),
                config.getOptionalValue("pendopo.mail.port", Integer.class).orElse(25),
                config.getOptionalValue("pendopo.mail.from", String.class).orElse("Pendopo <no-reply@localhost>"),
                config.getOptionalValue("pendopo.mail.username", String.class).orElse(""),
                config.getOptionalValue("pendopo.mail.password", String.class).orElse(""),
                config.getOptionalValue("pendopo.mail.starttls", Boolean.class).orElse(false));
    }

    boolean authenticates() {
        return username != null && !username.isBlank();
    }
}
