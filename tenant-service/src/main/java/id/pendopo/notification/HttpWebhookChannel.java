package id.pendopo.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * SMS or WhatsApp through any gateway that takes a JSON POST: {@code {"to", "text", "trackingId"}} to
 * {@code pendopo.sms.url} with {@code Authorization: Bearer <pendopo.sms.token>}. A 2xx answer means the gateway
 * took the message. Providers with another shape sit behind a small adapter at that URL.
 */
@ApplicationScoped
public class HttpWebhookChannel implements NotificationChannel {

    public static final String NAME = "sms";
    private static final Logger LOG = Logger.getLogger(HttpWebhookChannel.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Config config;

    private SmsSettings settings;
    private HttpClient http;

    public HttpWebhookChannel() {
    }

    /** For tests and tools outside a container. */
    public HttpWebhookChannel(SmsSettings settings) {
        configure(settings);
    }

    @PostConstruct
    void init() {
        configure(SmsSettings.from(config));
    }

    private void configure(SmsSettings s) {
        settings = s;
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        if (!s.enabled()) {
            LOG.info("SMS is disabled (pendopo.sms.enabled=false): reporters get no SMS");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public void send(String address, Notification notification) {
        if (!enabled()) {
            throw new DeliveryFailedException("SMS is disabled");
        }
        var json = Json.createObjectBuilder().add("to", address).add("text", notification.text());
        if (notification.trackingId() != null) {
            json.add("trackingId", notification.trackingId());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url())).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + settings.token())
                .POST(HttpRequest.BodyPublishers.ofString(json.build().toString())).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status > 299) {
                throw new DeliveryFailedException("SMS gateway answered " + status);
            }
        } catch (IOException e) {
            throw new DeliveryFailedException("SMS gateway unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("Interrupted while sending an SMS", e);
        }
    }
}
