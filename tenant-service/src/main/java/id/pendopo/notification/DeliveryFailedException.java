package id.pendopo.notification;

/** A channel or a webhook receiver did not take a message; the sender retries it later. */
public class DeliveryFailedException extends RuntimeException {

    public DeliveryFailedException(String message) {
        super(message);
    }

    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
