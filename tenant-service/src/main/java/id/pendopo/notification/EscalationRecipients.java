package id.pendopo.notification;

import id.pendopo.identity.IdentityDirectory;
import id.pendopo.identity.IdentityUnavailableException;
import id.pendopo.identity.Role;
import id.pendopo.identity.StaffAccount;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Who hears of missed deadlines: the tenant's enabled complaint officers (the coordinators) and tenant admins
 * with an email address, from the identity provider. When the provider is unreachable or lists nobody, the
 * addresses of the tenant setting {@value #SETTING} (comma-separated) are used.
 */
@ApplicationScoped
public class EscalationRecipients {

    public static final String SETTING = "notification.escalation-emails";
    private static final Logger LOG = Logger.getLogger(EscalationRecipients.class.getName());

    @Inject
    IdentityDirectory identity;
    @Inject
    TenantData data;

    public EscalationRecipients() {
    }

    /** For tests and tools outside a container. */
    public EscalationRecipients(IdentityDirectory identity, TenantData data) {
        this.identity = identity;
        this.data = data;
    }

    /** Staff from the identity provider; call it outside a transaction, it may wait for the provider. */
    public Set<String> staff() {
        Set<String> emails = new LinkedHashSet<>();
        try {
            for (StaffAccount a : identity.staff(TenantContext.require().slug())) {
                if (a.enabled() && Role.coordinates(a.roles()) && a.email() != null && !a.email().isBlank()) {
                    emails.add(a.email().strip());
                }
            }
        } catch (IdentityUnavailableException e) {
            LOG.warning(() -> "Identity provider unavailable; escalations of " + TenantContext.require().slug()
                    + " go to the " + SETTING + " setting: " + e.getMessage());
        }
        return emails;
    }

    /** The tenant setting's addresses; call it inside a transaction. */
    public Set<String> fromSetting() {
        return Optional.ofNullable(data.em().find(TenantSetting.class, SETTING)).map(TenantSetting::value)
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)))
                .orElseGet(LinkedHashSet::new);
    }
}
