package id.pendopo.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the sender writes to the log of a failed message: why, never to whom. */
class NotificationSenderTest {

    @Test
    void aMailServersRefusalIsLoggedWithoutTheReportersAddressOrPhone() {
        assertThat(NotificationSender.withoutAddresses(
                "550 5.1.1 <rina.wati+lapor@mail.example.id>: Recipient address rejected; SMS to +62 812-3456-7890 failed"))
                .isEqualTo("550 5.1.1 <<address>>: Recipient address rejected; SMS to <address> failed");
        assertThat(NotificationSender.withoutAddresses("550 <budi.ñ@contoh.id> unknown; (0812) 3456.7890 unreachable"))
                .isEqualTo("550 <<address>> unknown; <address> unreachable");
        assertThat(NotificationSender.withoutAddresses("connect timed out after 10000 ms (port 2)"))
                .isEqualTo("connect timed out after 10000 ms (port 2)");
    }
}
