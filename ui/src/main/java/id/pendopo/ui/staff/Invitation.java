package id.pendopo.ui.staff;

import id.pendopo.identity.Role;
import java.util.EnumSet;
import java.util.Set;

/** The invite form's bean: who joins the regency's staff, with which roles. */
public class Invitation {

    private String username = "";
    private String email = "";
    private String firstName = "";
    private String lastName = "";
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    /** The agency code of an agency officer; null for other roles. */
    private String agencyCode;

    public String getAgencyCode() {
        return agencyCode;
    }

    public void setAgencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.trim();
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
