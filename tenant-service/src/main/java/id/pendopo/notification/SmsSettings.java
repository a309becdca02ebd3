package id.pendopo.notification;

import org.eclipse.microprofile.config.Config;

/**
 * The HTTP gateway SMS or WhatsApp messages are handed to ({@code pendopo.sms.*}); disabled by default.
 */
public record SmsSettings(boolean enabled, String url, String token) {

    public static SmsSettings from(Config config) {
        return new SmsSettings(
                config.getOptionalValue("pendopo.sms.enabled", Boolean.class).orElse(false),
                config.getOptionalValue("pendopo.sms.url", String.class).orElse(""),
                config.getOptionalValue("pendopo.sms.token", String.class).orElse(""));
    }
}
