package id.pendopo.notification;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/** Email through the SMTP server of {@link MailSettings}, with Jakarta Mail (provided by Payara). Plain text, UTF-8. */
@ApplicationScoped
public class EmailChannel implements NotificationChannel {

    public static final String NAME = "email";
    private static final Logger LOG = Logger.getLogger(EmailChannel.class.getName());
    private static final String TIMEOUT_MS = "10000";

    @Inject
    Config config;

    private MailSettings settings;
    private Session session;

    public EmailChannel() {
    }

    /** For tests and tools outside a container. */
    public EmailChannel(MailSettings settings) {
        configure(settings);
    }

    @PostConstruct
    void init() {
        configure(MailSettings.from(config));
    }

    private void configure(MailSettings s) {
        settings = s;
        if (!s.enabled()) {
            LOG.info("Email is disabled (pendopo.mail.enabled=false): reporters and staff get no email");
            return;
        }
        Properties p = new Properties();
        p.put("mail.smtp.host", s.host());
        p.put("mail.smtp.port", String.valueOf(s.port()));
        p.put("mail.smtp.auth", String.valueOf(s.authenticates()));
        p.put("mail.smtp.starttls.enable", String.valueOf(s.startTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(s.startTls()));
        p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        p.put("mail.smtp.timeout", TIMEOUT_MS);
        p.put("mail.smtp.writetimeout", TIMEOUT_MS);
        session = Session.getInstance(p);
        LOG.info(() -> "Email goes through " + s.host() + ":" + s.port() + " from " + s.from());
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
            throw new DeliveryFailedException("Email is disabled");
        }
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(settings.from()));
            // Exactly one recipient: parse() would read "a@x.id,root" as two.
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
            m.setSubject(notification.subject(), StandardCharsets.UTF_8.name());
            m.setText(notification.text(), StandardCharsets.UTF_8.name());
            if (settings.authenticates()) {
                Transport.send(m, settings.username(), settings.password());
            } else {
                Transport.send(m);
            }
        } catch (MessagingException e) {
            throw new DeliveryFailedException("SMTP " + settings.host() + ":" + settings.port() + " refused: " + e.getMessage(), e);
        }
    }
}
