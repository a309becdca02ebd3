package id.pendopo.complaint;

import id.pendopo.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a page of a complaint list ended: the instant its order sorts by (received, due or updated, see
 * {@link ComplaintQueries.Order}) and the id of its last row; and, for a search by words, where the search window
 * of the first page began ({@link ComplaintQueries#searchWindowStart}), so that the later pages read the same
 * window. Opaque to clients (base64url); keyset paging stays as fast on page 10,000 as on page 1 and never skips or
 * repeats a row when new complaints arrive.
 */
public record ComplaintCursor(Instant at, long id, Instant windowStart) {

    public ComplaintCursor(Instant at, long id) {
        this(at, id, null);
    }

    public String encode() {
        String raw = at.getEpochSecond() + "." + at.getNano() + "." + id
                + (windowStart == null ? "" : "." + windowStart.getEpochSecond() + "." + windowStart.getNano());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    public static ComplaintCursor decode(String text, String field) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 3 && parts.length != 5) {
                throw new IllegalArgumentException();
            }
            Instant window = parts.length == 5
                    ? Instant.ofEpochSecond(Long.parseLong(parts[3]), Long.parseLong(parts[4])) : null;
            return new ComplaintCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    Long.parseLong(parts[2]), window);
        } catch (RuntimeException e) {
            throw ValidationException.of(field, "is not a cursor this API handed out");
        }
    }

    static ComplaintCursor of(Complaint c, ComplaintQueries.Order order, Instant windowStart) {
        return new ComplaintCursor(order.key(c), c.id(), windowStart);
    }
}
