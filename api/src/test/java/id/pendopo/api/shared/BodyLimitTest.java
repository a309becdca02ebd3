package id.pendopo.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.ValidationException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

    @Test
    void eachKindOfBodyHasTheLimitOfItsLargestLegitimateRequest() {
        assertThat(BodyLimit.limitFor("multipart/form-data; boundary=x")).isEqualTo(BodyLimit.MULTIPART)
                .isGreaterThan(5L * 5 * 1024 * 1024);
        assertThat(BodyLimit.limitFor("text/csv")).isEqualTo(BodyLimit.CSV);
        assertThat(BodyLimit.limitFor("application/json")).isEqualTo(BodyLimit.OTHER);
        assertThat(BodyLimit.limitFor("application/x-www-form-urlencoded")).isEqualTo(BodyLimit.OTHER);
        assertThat(BodyLimit.limitFor(null)).isEqualTo(BodyLimit.OTHER);
    }

    @Test
    void aBodyWithoutALengthIsRefusedOnceItPassesTheLimit() throws Exception {
        var stream = new BodyLimit.CountingStream(servletStream(new byte[100]), 64);
        byte[] buffer = new byte[40];
        assertThat(stream.read(buffer, 0, 40)).isEqualTo(40);
        assertThat(stream.read(buffer, 0, 24)).isEqualTo(24);
        assertThatThrownBy(() -> stream.read()).isInstanceOf(BodyTooLargeException.class)
                .hasMessageContaining("more than 64 bytes");
        assertThat(id.pendopo.api.problem.Problems.statusOf(new BodyTooLargeException(64))).isEqualTo(413);
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        assertThat(Utf8.decode("Desa Ñ".getBytes(StandardCharsets.UTF_8), "body")).isEqualTo("Desa Ñ");
        assertThatThrownBy(() -> Utf8.decode("Desa Ñ".getBytes(StandardCharsets.ISO_8859_1), "body"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("body: is not valid UTF-8");
    }

    private static ServletInputStream servletStream(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
            }
        };
    }
}
