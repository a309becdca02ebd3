package id.pendopo.complaint;

import id.pendopo.shared.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;

/**
 * The citizen who reported, as far as they told us. Every field is optional: a report can come from someone who
 * gives no name. Who may see it is decided by {@link PrivacyMode}, never by the screen that shows it.
 */
@Embeddable
public class Reporter {

    /** One address, nothing a mail header reads as a second one or a display name: no commas, semicolons, brackets. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>()\"]+@[^@\\s,;<>()\"]+\\.[^@\\s,;<>()\"]+");

    @Column(name = "reporter_name", length = 120)
    private String name;

    @Column(name = "reporter_phone", length = 40)
    private String phone;

    @Column(name = "reporter_email", length = 254)
    private String email;

    protected Reporter() {
    }

    public Reporter(String name, String phone, String email) {
        this.name = name;
        this.phone = phone;
        this.email = email;
    }

    void validate(Validation v) {
        v.maxLength(name, 120, "reporter.name").maxLength(phone, 40, "reporter.phone")
                .maxLength(email, 254, "reporter.email")
                .matches(email, EMAIL, "reporter.email", "must be an email address");
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }
}
