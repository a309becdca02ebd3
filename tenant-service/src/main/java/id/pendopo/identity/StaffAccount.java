package id.pendopo.identity;

import java.util.Set;

/**
 * A person of a tenant who signs in to Pendopo. {@code temporaryPassword} is set only in the answer to the
 * call that created the account, to be handed over once; it is never stored by Pendopo. {@code agencyCode} is the
 * agency (OPD) an agency officer works for, null for everyone else.
 */
public record StaffAccount(String id, String username, String email, String firstName, String lastName,
        boolean enabled, Set<Role> roles, String temporaryPassword, String agencyCode) {

    public StaffAccount withoutPassword() {
        return new StaffAccount(id, username, email, firstName, lastName, enabled, roles, null, agencyCode);
    }
}
