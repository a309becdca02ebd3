package id.pendopo.notification;

/**
 * A way to reach a person: email, SMS, WhatsApp. A deployment enables the channels it has a provider for;
 * messages for a disabled channel are not queued at all.
 */
public interface NotificationChannel {

    /** Short stable name, stored with every queued message: {@code email}, {@code sms}. */
    String name();

    boolean enabled();

    /**
     * Delivers one message to {@code address} (an email address or a phone number, as the channel expects), or
     * throws {@link DeliveryFailedException}; the caller retries.
     */
    void send(String address, Notification notification);
}
