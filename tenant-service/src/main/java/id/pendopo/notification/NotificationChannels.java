package id.pendopo.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The deployment's channels, by name; a new channel is one more {@link NotificationChannel} bean. */
@ApplicationScoped
public class NotificationChannels {

    @Inject
    @Any
    Instance<NotificationChannel> beans;

    private List<NotificationChannel> fixed;

    public NotificationChannels() {
    }

    /** For tests and tools outside a container. */
    public NotificationChannels(List<NotificationChannel> channels) {
        this.fixed = List.copyOf(channels);
    }

    public Optional<NotificationChannel> byName(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Whether messages for {@code name} should be queued at all. */
    public boolean enabled(String name) {
        return byName(name).filter(NotificationChannel::enabled).isPresent();
    }

    private List<NotificationChannel> all() {
        return fixed != null ? fixed : beans.stream().toList();
    }
}
