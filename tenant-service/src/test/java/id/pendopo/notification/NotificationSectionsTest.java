package id.pendopo.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.complaint.Actor;
import id.pendopo.notification.webhook.WebhookCaller;
import id.pendopo.notification.webhook.WebhookSection;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantExportWriter;
import id.pendopo.testing.ComplaintWorld;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Notifications and webhooks in the operator's export, purge and usage counts, one tenant at a time. */
class NotificationSectionsTest {

    @Test
    void exportsLeaveOutAddressesTextsAndSecretsAndPurgeTouchesOneTenantOnly() throws Exception {
        try (NotificationWorld w = new NotificationWorld()) {
            var hook = w.inTx(() -> w.webhooks.register(WebhookCaller.apiClient("langkat-connector"),
                    "https://connector.example/hook", List.of()));
            w.intake.submit(ComplaintWorld.pothole("12.05.01", null), List.of(), Actor.SYSTEM);
            var notifications = new NotificationSection(w.world.data);
            var webhooks = new WebhookSection(w.world.data);

            assertThat(w.inTx(notifications::count)).isEqualTo(1);
            assertThat(w.inTx(webhooks::count)).isEqualTo(2);

            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            w.inTx(() -> {
                try (TenantExportWriter out = new TenantExportWriter(zip)) {
                    notifications.export(out);
                    webhooks.export(out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
            String exported = unzipAll(zip.toByteArray());
            assertThat(exported).contains("LKT-26-000001", "https://connector.example/hook")
                    .doesNotContain("rina@example.id", "Yth.", hook.secret(), "\"complaint\"");

            try (TenantContext.Scope medan = TenantContext.enter(w.world.medan)) {
                w.inTx(() -> {
                    notifications.purge();
                    webhooks.purge();
                    return null;
                });
            }
            assertThat(w.inTx(notifications::count)).isEqualTo(1);
            assertThat(w.inTx(webhooks::count)).isEqualTo(2);
            w.inTx(() -> {
                webhooks.purge();
                notifications.purge();
                return null;
            });
            assertThat(w.inTx(notifications::count) + w.inTx(webhooks::count)).isZero();
        }
    }

    private static String unzipAll(byte[] zip) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
