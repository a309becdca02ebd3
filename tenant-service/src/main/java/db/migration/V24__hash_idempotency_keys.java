package db.migration;

import id.pendopo.idempotency.IdempotentRequests;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Idempotency keys are stored as their SHA-256 ({@link IdempotentRequests#storedKey}); the requests remembered before
 * under the key itself get its hash too, so a retry of one of them still finds its answer instead of making a second
 * complaint. In Java because MySQL ({@code SHA2}) and H2 ({@code HASH}) spell SHA-256 differently. At most a day of
 * keyed requests is remembered, so this reads them all at once.
 */
public class V24__hash_idempotency_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        hashKeys(context.getConnection());
    }

    /** Replaces every stored key by its hash; returns how many. */
    public static int hashKeys(Connection connection) throws SQLException {
        record Row(String tenant, String client, String key) {
        }
        List<Row> rows = new ArrayList<>();
        // A sealed answer (v1:) was remembered by code that already stored the key's hash: not hashed twice.
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT tenant_id, client_id, idempotency_key FROM idempotent_request"
                        + " WHERE response_body IS NULL OR response_body NOT LIKE 'v1:%'")) {
            while (r.next()) {
                rows.add(new Row(r.getString(1), r.getString(2), r.getString(3)));
            }
        }
        try (PreparedStatement u = connection.prepareStatement("UPDATE idempotent_request SET idempotency_key = ?"
                + " WHERE tenant_id = ? AND client_id = ? AND idempotency_key = ?")) {
            for (Row row : rows) {
                u.setString(1, IdempotentRequests.storedKey(row.key()));
                u.setString(2, row.tenant());
                u.setString(3, row.client());
                u.setString(4, row.key());
                u.addBatch();
            }
            u.executeBatch();
        }
        return rows.size();
    }
}
