package id.pendopo.identity;

import id.pendopo.shared.Validation;
import id.pendopo.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A tenant admin's third-party API clients. The tenant is always the request's resolved tenant, never one
 * named by the caller, so an admin can only create, list and delete clients of their own regency.
 */
@ApplicationScoped
public class TenantApiClients {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,28}[a-z0-9]");

    @Inject
    IdentityDirectory identity;

    public ApiClient create(String name) {
        new Validation()
                .notBlank(name, "name")
                .matches(name, NAME, "name", "must be 3 to 30 lowercase letters, digits or hyphens")
                .throwIfInvalid();
        return identity.createApiClient(TenantContext.require().slug(), name);
    }

    public List<ApiClient> list() {
        return identity.apiClients(TenantContext.require().slug());
    }

    public void delete(String clientId) {
        identity.deleteApiClient(TenantContext.require().slug(), clientId);
    }
}
