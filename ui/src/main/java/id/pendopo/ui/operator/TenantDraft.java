package id.pendopo.ui.operator;

import id.pendopo.tenancy.NewTenant;
import id.pendopo.tenancy.RegionalTime;

/** The create-tenant form's bean. The core validates it as a {@link NewTenant}, the same rules the API applies. */
public class TenantDraft {

    private String kode = "";
    private String slug = "";
    private String displayName = "";
    private RegionalTime timeZone;
    private String locale = "id";
    private String primaryColor = "";
    private String logoUrl = "";
    private String contactName = "";
    private String contactEmail = "";
    private String contactPhone = "";
    private String adminEmail = "";

    public NewTenant toNewTenant() {
        return new NewTenant(t(kode), t(slug), t(displayName), timeZone, t(locale), t(primaryColor), t(logoUrl),
                t(contactName), t(contactEmail), t(contactPhone), t(adminEmail));
    }

    private static String t(String s) {
        return s == null ? null : s.trim();
    }

    public String getKode() {
        return kode;
    }

    public void setKode(String kode) {
        this.kode = kode;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public RegionalTime getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(RegionalTime timeZone) {
        this.timeZone = timeZone;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getPrimaryColor() {
        return primaryColor;
    }

    public void setPrimaryColor(String primaryColor) {
        this.primaryColor = primaryColor;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public void setLogoUrl(String logoUrl) {
        this.logoUrl = logoUrl;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
