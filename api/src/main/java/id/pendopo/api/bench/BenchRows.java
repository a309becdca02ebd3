package id.pendopo.api.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The bare insert the platform's intake is compared with: reads a complaint's JSON with JSON-P and inserts one row
 * into {@code bench_complaint} with plain JDBC on the platform's DataSource. The table has the width and the indexes
 * of {@code complaint} and is created here on first use, so production schemas never carry it.
 */
@ApplicationScoped
public class BenchRows {

    private static final String TABLE = """
            CREATE TABLE IF NOT EXISTS bench_complaint (
                id                    BIGINT        NOT NULL AUTO_INCREMENT,
                tenant_id             VARCHAR(36)   NOT NULL,
                tracking_id           VARCHAR(36)   NOT NULL,
                complaint_type        VARCHAR(24)   NOT NULL,
                category_code         VARCHAR(40)   NOT NULL,
                title                 VARCHAR(200)  NOT NULL,
                description           VARCHAR(4000) NOT NULL,
                district_code         VARCHAR(13)   NOT NULL,
                village_code          VARCHAR(13),
                address               VARCHAR(500),
                latitude              DOUBLE,
                longitude             DOUBLE,
                channel               VARCHAR(16)   NOT NULL,
                reporter_name         VARCHAR(120),
                reporter_phone        VARCHAR(40),
                reporter_email        VARCHAR(254),
                tracking_secret_hash  VARCHAR(200)  NOT NULL,
                privacy_mode          VARCHAR(12)   NOT NULL,
                status                VARCHAR(24)   NOT NULL,
                reopen_count          INT           NOT NULL,
                received_at           DATETIME(6)   NOT NULL,
                verification_due_at   DATETIME(6)   NOT NULL,
                follow_up_due_at      DATETIME(6),
                updated_at            DATETIME(6)   NOT NULL,
                version               BIGINT        NOT NULL,
                PRIMARY KEY (id),
                UNIQUE KEY uk_bench_tracking (tracking_id),
                KEY ix_bench_status (tenant_id, status),
                KEY ix_bench_received (tenant_id, received_at, id),
                KEY ix_bench_status_received (tenant_id, status, received_at, id),
                KEY ix_bench_category_received (tenant_id, category_code, received_at, id),
                KEY ix_bench_district_received (tenant_id, district_code, received_at, id),
                KEY ix_bench_updated (tenant_id, updated_at, id),
                KEY ix_bench_status_due (tenant_id, status, verification_due_at, follow_up_due_at),
                KEY ix_bench_received_listing (tenant_id, received_at, id, status, privacy_mode)
            )""";
    private static final String INSERT = "INSERT INTO bench_complaint (tenant_id, tracking_id, complaint_type, "
            + "category_code, title, description, district_code, village_code, address, latitude, longitude, channel, "
            + "reporter_name, reporter_phone, reporter_email, tracking_secret_hash, privacy_mode, status, reopen_count, "
            + "received_at, verification_due_at, updated_at, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'API', ?, ?, ?, ?, ?, 'RECEIVED', 0, ?, ?, ?, 0)";

    @Resource(lookup = "java:app/jdbc/pendopo")
    DataSource dataSource;

    private volatile boolean tableReady;

    /** Inserts the complaint read from {@code json}; answers the new row's id. */
    public long insert(InputStream json) throws IOException {
        JsonObject body;
        try (JsonReader reader = Json.createReader(json)) {
            body = reader.readObject();
        }
        try {
            return insert(body);
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private long insert(JsonObject b) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (!tableReady) {
                try (Statement st = c.createStatement()) {
                    st.execute(TABLE);
                }
                tableReady = true;
            }
            JsonObject where = b.getJsonObject("location");
            JsonObject who = b.isNull("reporter") ? null : b.getJsonObject("reporter");
            Instant now = Instant.now();
            try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, "bench");
                ps.setString(2, UUID.randomUUID().toString());
                ps.setString(3, b.getString("type", "PENGADUAN"));
                ps.setString(4, b.getString("categoryCode"));
                ps.setString(5, b.getString("title"));
                ps.setString(6, b.getString("description"));
                ps.setString(7, where.getString("districtCode"));
                ps.setString(8, where.getString("villageCode", null));
                ps.setString(9, where.getString("address", null));
                ps.setObject(10, where.containsKey("latitude") ? where.getJsonNumber("latitude").doubleValue() : null);
                ps.setObject(11, where.containsKey("longitude") ? where.getJsonNumber("longitude").doubleValue() : null);
                ps.setString(12, who == null ? null : who.getString("name", null));
                ps.setString(13, who == null ? null : who.getString("phone", null));
                ps.setString(14, who == null ? null : who.getString("email", null));
                ps.setString(15, UUID.randomUUID().toString());
                ps.setString(16, b.getString("privacyMode", "ANONYMOUS"));
                ps.setTimestamp(17, Timestamp.from(now));
                ps.setTimestamp(18, Timestamp.from(now.plus(Duration.ofDays(3))));
                ps.setTimestamp(19, Timestamp.from(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }
    }
}
