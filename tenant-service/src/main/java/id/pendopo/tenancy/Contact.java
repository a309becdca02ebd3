package id.pendopo.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who the platform operator calls about a tenant: the regency's responsible official. */
@Embeddable
public class Contact {

    @Column(name = "contact_name", length = 120)
    private String name;

    @Column(name = "contact_email", length = 254)
    private String email;

    @Column(name = "contact_phone", length = 40)
    private String phone;

    protected Contact() {
    }

    public Contact(String name, String email, String phone) {
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
