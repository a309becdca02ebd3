package id.pendopo.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.net.SocketFactory;
import org.eclipse.microprofile.config.Config;

/**
 * Email through the SMTP server of {@link MailSettings}, with Jakarta Mail (provided by Payara). Plain text, UTF-8.
 *
 * <p>Every read and write has a 10 s timeout, and the whole conversation has {@link #DEADLINE}: a server that
 * trickles its answers a byte at a time never trips a read timeout, but it would hold the sender past the
 * message's lease ({@code NotificationSender.LEASE}), and another run would then send the same mail again. At the
 * deadline the connection's sockets are closed, the send fails, and the message is retried later.
 */
@ApplicationScoped
public class EmailChannel implements NotificationChannel {

    public static final String NAME = "email";
    private static final Logger LOG = Logger.getLogger(EmailChannel.class.getName());
    private static final String TIMEOUT_MS = "10000";
    /** The longest one message may take, connection to the server's last answer; well inside the 2-minute lease. */
    static final Duration DEADLINE = Duration.ofSeconds(60);

    @Inject
    Config config;

    private MailSettings settings;
    private Properties properties;
    private Duration deadline = DEADLINE;
    /** Closes the sockets of a message past its deadline; this channel's own, shut down with it. */
    private ScheduledThreadPoolExecutor watchdog;

    public EmailChannel() {
    }

    /** For tests and tools outside a container. */
    public EmailChannel(MailSettings settings) {
        configure(settings);
    }

    /** For tests: {@code deadline} instead of {@link #DEADLINE}. */
    EmailChannel(MailSettings settings, Duration deadline) {
        configure(settings);
        this.deadline = deadline;
    }

    @PostConstruct
    void init() {
        configure(MailSettings.from(config));
    }

    @PreDestroy
    void close() {
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
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
        // The server's answer to QUIT is not awaited: the message was accepted with the answer to DATA, and a server
        // slow to say goodbye would otherwise turn a sent message into a failure, and a second copy on the retry.
        p.put("mail.smtp.quitwait", "false");
        properties = p;
        watchdog = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "pendopo-smtp-deadline");
            t.setDaemon(true);
            return t;
        });
        watchdog.setRemoveOnCancelPolicy(true);
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
        Sockets sockets = new Sockets();
        Properties p = new Properties();
        p.putAll(properties);
        p.put("mail.smtp.socketFactory", sockets);
        p.put("mail.smtp.socketFactory.fallback", "false");
        ScheduledFuture<?> expiry = watchdog.schedule(sockets::expire, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(p));
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
            if (sockets.expired) {
                throw new DeliveryFailedException("SMTP " + settings.host() + ":" + settings.port()
                        + " took longer than " + deadline.toSeconds() + " s for one message", e);
            }
            throw new DeliveryFailedException("SMTP " + settings.host() + ":" + settings.port() + " refused: " + e.getMessage(), e);
        } finally {
            expiry.cancel(false);
        }
    }

    /** Plain sockets for one message, all closed when its deadline passes (STARTTLS layers over them). */
    private static final class Sockets extends SocketFactory {

        private final List<Socket> opened = new CopyOnWriteArrayList<>();
        private volatile boolean expired;

        void expire() {
            expired = true;
            for (Socket s : opened) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closing is all we want; a socket that fails to close is already unusable
                }
            }
        }

        private Socket track(Socket s) throws IOException {
            opened.add(s);
            if (expired) {
                s.close();
            }
            return s;
        }

        @Override
        public Socket createSocket() throws IOException {
            return track(new Socket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return track(new Socket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
            return track(new Socket(host, port, local, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return track(new Socket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
            return track(new Socket(host, port, local, localPort));
        }
    }
}
