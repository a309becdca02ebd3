package id.pendopo.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Pattern;

/** How a tenant's space looks to its staff: the name shown in the header, a logo and the primary colour. */
@Embeddable
public class Branding {

    public static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    public static final String DEFAULT_COLOR = "#1565c0";

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "logo_url", length = 500)
    private String logoUrl;

    @Column(name = "primary_color", nullable = false, length = 7)
    private String primaryColor;

    protected Branding() {
    }

    public Branding(String displayName, String logoUrl, String primaryColor) {
        this.displayName = displayName;
        this.logoUrl = logoUrl;
        this.primaryColor = primaryColor == null ? DEFAULT_COLOR : primaryColor;
    }

    public String displayName() {
        return displayName;
    }

    public String logoUrl() {
        return logoUrl;
    }

    public String primaryColor() {
        return primaryColor;
    }
}
