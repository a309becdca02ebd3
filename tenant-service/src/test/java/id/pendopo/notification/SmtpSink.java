package id.pendopo.notification;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The few SMTP commands Jakarta Mail uses, on a random local port, keeping every message it receives. Sending
 * is synchronous (the client waits for the 250 after DATA), so a test reads {@link #messages()} right after.
 * {@link #refuseNext} makes it answer the next messages with 554, like a mail server that rejects them.
 */
final class SmtpSink implements AutoCloseable {

    record Received(List<String> recipients, MimeMessage message) {
    }

    private final ServerSocket server;
    private final List<Received> messages = new CopyOnWriteArrayList<>();
    private volatile int refuse;

    SmtpSink() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serve, "smtp-sink");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    List<Received> messages() {
        return messages;
    }

    void refuseNext(int count) {
        refuse = count;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                converse(s);
            } catch (IOException e) {
                // closed, or the client hung up
            }
        }
    }

    private void converse(Socket s) throws IOException {
        var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = s.getOutputStream();
        reply(out, "220 sink ESMTP");
        List<String> recipients = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            String cmd = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (cmd) {
                case "EHLO", "HELO" -> reply(out, "250 sink");
                case "MAIL" -> {
                    recipients = new ArrayList<>();
                    reply(out, "250 OK");
                }
                case "RCPT" -> {
                    recipients.add(line.substring(line.indexOf('<') + 1, line.indexOf('>')));
                    reply(out, "250 OK");
                }
                case "DATA" -> {
                    reply(out, "354 end with .");
                    StringBuilder data = new StringBuilder();
                    while (!(line = in.readLine()).equals(".")) {
                        data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                    }
                    if (refuse > 0) {
                        refuse--;
                        reply(out, "554 rejected");
                    } else {
                        messages.add(new Received(recipients, parse(data.toString())));
                        reply(out, "250 OK");
                    }
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static MimeMessage parse(String data) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(OutputStream out, String line) {
        try {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
