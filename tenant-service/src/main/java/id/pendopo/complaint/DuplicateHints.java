package id.pendopo.complaint;

import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Likely duplicates of a complaint, offered to the coordinator while verifying it, so that ten reports of the
 * same pothole end as one complaint and nine archived duplicates pointing to it. A candidate is a complaint of
 * the same tenant and category, received within {@value #WINDOW_DAYS} days before (or after) it, in the same
 * kecamatan or within {@value #NEARBY_METRES} m when both carry a map point. Candidates are ranked by how
 * alike their words are (Jaccard similarity of the lowercased title and description without Indonesian stop
 * words); the coordinator decides, the hint only points.
 */
@ApplicationScoped
public class DuplicateHints {

    public static final int MAX_HINTS = 5;
    public static final int WINDOW_DAYS = 30;
    public static final double NEARBY_METRES = 500;
    /** Below this similarity a candidate in the same kecamatan is noise; a nearby one is shown anyway. */
    public static final double MIN_SIMILARITY = 0.1;
    /** How many candidates are compared at most: the newest of the window. */
    static final int MAX_CANDIDATES = 500;

    /** Why a complaint was suggested. */
    public enum Reason {
        SAME_CATEGORY, SAME_DISTRICT, NEARBY, SIMILAR_TEXT
    }

    /** One suggested duplicate: its score (text similarity, 0 to 1) and the reasons. */
    public record Hint(TrackingId trackingId, String title, ComplaintStatus status, Instant receivedAt, double score,
            Set<Reason> reasons, Double distanceMetres) {
    }

    private static final Set<String> STOP_WORDS = Set.of("yang", "di", "ke", "dari", "dan", "atau", "ini", "itu",
            "dengan", "untuk", "pada", "adalah", "sudah", "telah", "belum", "tidak", "tak", "ada", "akan", "juga",
            "karena", "oleh", "saya", "kami", "kita", "anda", "mereka", "dia", "ia", "nya", "dalam", "sebagai",
            "para", "agar", "supaya", "bisa", "dapat", "masih", "sangat", "lebih", "jadi", "kalau", "jika", "sejak",
            "hingga", "sampai", "tersebut", "pak", "bu", "bapak", "ibu", "mohon", "tolong", "segera", "kok", "sih",
            "lagi", "saja", "pun", "bahwa", "namun", "tetapi", "tapi", "setiap", "semua", "banyak", "sekali",
            "hari", "mau", "ingin", "harap", "terima", "kasih", "yth", "dgn", "yg", "dg", "utk",
            "tsb", "sdh", "blm", "tdk", "gak", "nggak", "ga", "the", "and", "of");

    @Inject
    TenantData data;

    public DuplicateHints() {
    }

    /** For tools and tests outside a container. */
    public DuplicateHints(TenantData data) {
        this.data = data;
    }

    /** At most {@value #MAX_HINTS} likely duplicates of {@code subject}, the most similar first. In a transaction. */
    public List<Hint> of(Complaint subject) {
        Location where = subject.location();
        Instant from = subject.receivedAt().minus(Duration.ofDays(WINDOW_DAYS));
        Instant to = subject.receivedAt().plus(Duration.ofDays(WINDOW_DAYS));
        StringBuilder jpql = new StringBuilder("SELECT c FROM Complaint c WHERE c.categoryCode = :category"
                + " AND c.receivedAt >= :from AND c.receivedAt <= :to AND c.id <> :id AND (c.location.districtCode = :district");
        boolean mapped = hasPoint(where);
        double dLat = NEARBY_METRES / 111_320.0;
        double dLon = mapped ? dLat / Math.max(0.01, Math.cos(Math.toRadians(where.latitude()))) : 0;
        if (mapped) {
            jpql.append(" OR (c.location.latitude BETWEEN :minLat AND :maxLat"
                    + " AND c.location.longitude BETWEEN :minLon AND :maxLon)");
        }
        jpql.append(") ORDER BY c.receivedAt DESC, c.id DESC");
        var q = data.em().createQuery(jpql.toString(), Complaint.class)
                .setParameter("category", subject.categoryCode()).setParameter("from", from).setParameter("to", to)
                .setParameter("id", subject.id()).setParameter("district", where.districtCode());
        if (mapped) {
            q.setParameter("minLat", where.latitude() - dLat).setParameter("maxLat", where.latitude() + dLat)
                    .setParameter("minLon", where.longitude() - dLon).setParameter("maxLon", where.longitude() + dLon);
        }
        return rank(subject, q.setMaxResults(MAX_CANDIDATES).getResultList());
    }

    /** The rule itself, over candidates already loaded: filters, scores, ranks and keeps the best. */
    public static List<Hint> rank(Complaint subject, List<Complaint> candidates) {
        Set<String> words = words(subject.title() + " " + subject.description());
        List<Hint> hints = new ArrayList<>();
        for (Complaint c : candidates) {
            if (c == subject || (subject.id() != null && subject.id().equals(c.id()))
                    || c.trackingId().equals(subject.trackingId())
                    || !c.categoryCode().equals(subject.categoryCode())
                    || Duration.between(c.receivedAt(), subject.receivedAt()).abs().toDays() >= WINDOW_DAYS) {
                continue;
            }
            Set<Reason> reasons = EnumSet.of(Reason.SAME_CATEGORY);
            boolean sameDistrict = subject.location().districtCode().equals(c.location().districtCode());
            if (sameDistrict) {
                reasons.add(Reason.SAME_DISTRICT);
            }
            Double distance = hasPoint(subject.location()) && hasPoint(c.location())
                    ? metresBetween(subject.location(), c.location()) : null;
            boolean nearby = distance != null && distance <= NEARBY_METRES;
            if (nearby) {
                reasons.add(Reason.NEARBY);
            }
            if (!sameDistrict && !nearby) {
                continue;
            }
            double score = jaccard(words, words(c.title() + " " + c.description()));
            if (score >= MIN_SIMILARITY) {
                reasons.add(Reason.SIMILAR_TEXT);
            } else if (!nearby) {
                continue;
            }
            hints.add(new Hint(c.trackingId(), c.title(), c.status(), c.receivedAt(), score, reasons, distance));
        }
        hints.sort(Comparator.comparingDouble(Hint::score).reversed()
                .thenComparing(h -> h.distanceMetres() == null ? Double.MAX_VALUE : h.distanceMetres())
                .thenComparing(Hint::receivedAt, Comparator.reverseOrder()));
        return List.copyOf(hints.subList(0, Math.min(MAX_HINTS, hints.size())));
    }

    /** The meaningful words of a text: lowercased, accents and punctuation removed, stop words and "-nya" dropped. */
    public static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        for (String w : plain.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 5 && w.endsWith("nya")) {
                w = w.substring(0, w.length() - 3);
            }
            if (w.length() >= 2 && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** |A ∩ B| / |A ∪ B|, 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    private static boolean hasPoint(Location l) {
        return l != null && l.latitude() != null && l.longitude() != null;
    }

    /** Great-circle distance (haversine); plenty for "within 500 m". */
    static double metresBetween(Location a, Location b) {
        double r = 6_371_000;
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
