package id.pendopo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import id.pendopo.complaint.Actor;
import id.pendopo.testing.ComplaintWorld;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SMS and WhatsApp gateways get one JSON POST per message, with the configured bearer token. */
class HttpWebhookChannelTest {

    @Test
    void theGatewayGetsRecipientTextAndTrackingIdWithTheToken() throws Exception {
        try (Receiver gateway = new Receiver().answering(202)) {
            var sms = new HttpWebhookChannel(new SmsSettings(true, gateway.url("/send"), "gw-token"));

            sms.send("+6281200011", new Notification("ignored", "Laporan LKT-26-000001 diverifikasi.", "LKT-26-000001"));

            Receiver.Request r = gateway.requests().get(0);
            assertThat(r.header("Authorization")).isEqualTo("Bearer gw-token");
            JsonObject body = Json.createReader(new StringReader(r.body())).readObject();
            assertThat(body.getString("to")).isEqualTo("+6281200011");
            assertThat(body.getString("text")).isEqualTo("Laporan LKT-26-000001 diverifikasi.");
            assertThat(body.getString("trackingId")).isEqualTo("LKT-26-000001");
        }
    }

    @Test
    void aGatewayErrorIsAFailedDeliveryAndADisabledChannelSendsNothing() throws Exception {
        try (Receiver gateway = new Receiver().answering(500)) {
            var sms = new HttpWebhookChannel(new SmsSettings(true, gateway.url("/send"), "gw-token"));
            assertThatThrownBy(() -> sms.send("+62812", new Notification("s", "t", null)))
                    .isInstanceOf(DeliveryFailedException.class).hasMessageContaining("500");

            var off = new HttpWebhookChannel(new SmsSettings(false, gateway.url("/send"), "gw-token"));
            assertThat(off.enabled()).isFalse();
            assertThatThrownBy(() -> off.send("+62812", new Notification("s", "t", null)))
                    .isInstanceOf(DeliveryFailedException.class);
            assertThat(gateway.requests()).hasSize(1);
        }
    }

    @Test
    void withSmsEnabledTheReporterAlsoGetsAShortMessageOnTheirPhone() throws Exception {
        try (Receiver gateway = new Receiver().answering(200);
                NotificationWorld w = new NotificationWorld(List.of(
                        new HttpWebhookChannel(new SmsSettings(true, gateway.url("/send"), "gw-token"))))) {
            String id = w.intake.submit(ComplaintWorld.pothole("12.05.01", null), List.of(), Actor.SYSTEM)
                    .trackingId().value();

            w.sender.sendDue(w.world.clock.instant());

            JsonObject body = Json.createReader(new StringReader(gateway.requests().get(0).body())).readObject();
            assertThat(body.getString("to")).isEqualTo("0812000111");
            assertThat(body.getString("text")).isEqualTo("Kabupaten langkat: laporan " + id
                    + " diterima. Batas waktu verifikasi: 4 Desember 2026. Pantau: http://localhost:8080/lacak/" + id);
            assertThat(w.smtp.messages()).hasSize(1);
        }
    }

    @Test
    void aMessageBeingSentIsNotSentAgainByARunThatOverlaps() throws Exception {
        try (Receiver gateway = new Receiver().answering(200);
                NotificationWorld w = new NotificationWorld(List.of(
                        new HttpWebhookChannel(new SmsSettings(true, gateway.url("/send"), "gw-token"))))) {
            w.intake.submit(ComplaintWorld.pothole("12.05.01", null), List.of(), Actor.SYSTEM);
            var now = w.world.clock.instant();
            // Another node's run starts while the first still waits for the SMS gateway.
            int[] overlapping = {-1};
            gateway.duringFirstRequest(() -> {
                try (var scope = id.pendopo.tenancy.TenantContext.enter(w.world.langkat)) {
                    overlapping[0] = w.sender.sendDue(now);
                }
            });

            int first = w.sender.sendDue(now);
            assertThat(first + overlapping[0]).as("each message sent by one run").isEqualTo(2);
            assertThat(gateway.requests()).as("the SMS once").hasSize(1);
            assertThat(w.smtp.messages()).as("the e-mail once").hasSize(1);
        }
    }
}
