package id.pendopo.complaint;

/**
 * What a citizen (or staff on their behalf) submits. {@code privacyMode} may be null for the default,
 * {@link PrivacyMode#ANONYMOUS}; {@code reporter} may be null when the citizen gives no details.
 */
public record NewComplaint(ComplaintType type, String categoryCode, String title, String description,
        Location location, Channel channel, Reporter reporter, PrivacyMode privacyMode) {
}
