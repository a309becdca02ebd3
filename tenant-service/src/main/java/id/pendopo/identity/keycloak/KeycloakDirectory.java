package id.pendopo.identity.keycloak;

import id.pendopo.identity.ApiClient;
import id.pendopo.identity.Ensured;
import id.pendopo.identity.IdentityDirectory;
import id.pendopo.identity.IdentityUnavailableException;
import id.pendopo.identity.Role;
import id.pendopo.identity.StaffAccount;
import id.pendopo.shared.ConflictException;
import id.pendopo.shared.NotFoundException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link IdentityDirectory} on Keycloak's Admin REST API: one realm for the platform, one organization per
 * tenant (alias = slug), realm roles for {@link Role}, and a {@code tenant} user attribute that the realm maps
 * into tokens. Authenticates as a confidential client with a service account.
 */
@ApplicationScoped
public class KeycloakDirectory implements IdentityDirectory {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The client attribute that binds an API client to its tenant. */
    static final String TENANT_ATTRIBUTE = "pendopo.tenant";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    @ConfigProperty(name = "pendopo.keycloak.url", defaultValue = "http://localhost:8180")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "pendopo.keycloak.realm", defaultValue = "pendopo")
    String realm;

    @Inject
    @ConfigProperty(name = "pendopo.keycloak.admin-client-id", defaultValue = "pendopo-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "pendopo.keycloak.admin-client-secret", defaultValue = "pendopo-admin-dev-secret")
    String clientSecret;

    @Inject
    Clock clock;

    private volatile Client client;
    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    public KeycloakDirectory() {
    }

    /** For tools and tests outside a container. */
    public KeycloakDirectory(String baseUrl, String realm, String clientId, String clientSecret, Clock clock) {
        this.baseUrl = baseUrl;
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    // ---- organizations ------------------------------------------------------------------------------

    @Override
    public Ensured<String> ensureOrganization(String slug, String officialName) {
        String existing = findOrganization(slug);
        if (existing != null) {
            return new Ensured<>(existing, false);
        }
        JsonObject org = Json.createObjectBuilder()
                .add("name", officialName)
                .add("alias", slug)
                .add("description", officialName)
                .add("enabled", true)
                .add("attributes", Json.createObjectBuilder().add("tenant", Json.createArrayBuilder().add(slug)))
                .build();
        try (Response r = call(admin("organizations").request().buildPost(Entity.json(org)))) {
            if (r.getStatus() == 409) {
                // Created concurrently by another attempt: take that one.
                return new Ensured<>(require(findOrganization(slug), "organization " + slug), false);
            }
            expect(r, 201, "create organization " + slug);
            return new Ensured<>(idFromLocation(r), true);
        }
    }

    private String findOrganization(String slug) {
        // "search" matches names and domains only; q=alias:<slug> is Keycloak's exact alias match.
        try (Response r = call(admin("organizations").queryParam("q", "alias:" + slug)
                .queryParam("briefRepresentation", true).request(MediaType.APPLICATION_JSON).buildGet())) {
            expect(r, 200, "search organization " + slug);
            for (JsonValue v : r.readEntity(JsonArray.class)) {
                JsonObject o = v.asJsonObject();
                if (slug.equals(o.getString("alias", null))) {
                    return o.getString("id");
                }
            }
            return null;
        }
    }

    @Override
    public void deleteOrganization(String organizationId) {
        deleteIfPresent("organizations/" + organizationId);
    }

    // ---- accounts -----------------------------------------------------------------------------------

    @Override
    public Ensured<StaffAccount> ensureTenantAdmin(String slug, String organizationId, String email) {
        String username = "admin." + slug;
        JsonObject existing = findUser(username);
        if (existing != null) {
            String id = existing.getString("id");
            requireTenant(existing, slug);
            grant(id, EnumSet.of(Role.TENANT_ADMIN));
            addMember(organizationId, id);
            return new Ensured<>(account(existing, null), false);
        }
        StaffAccount created = invite(slug, organizationId, username, email, "Admin", slug, EnumSet.of(Role.TENANT_ADMIN));
        return new Ensured<>(created, true);
    }

    @Override
    public StaffAccount invite(String slug, String organizationId, String username, String email, String firstName,
            String lastName, Set<Role> roles, String agencyCode) {
        requireStaffRoles(roles);
        IdentityDirectory.requireAgencyOnlyForOfficers(roles, agencyCode);
        var attributes = Json.createObjectBuilder().add("tenant", Json.createArrayBuilder().add(slug));
        if (agencyCode != null && !agencyCode.isBlank()) {
            attributes.add(AGENCY_ATTRIBUTE, Json.createArrayBuilder().add(agencyCode.strip()));
        }
        JsonObject user = Json.createObjectBuilder()
                .add("username", username)
                .add("email", email)
                .add("firstName", firstName == null ? "" : firstName)
                .add("lastName", lastName == null ? "" : lastName)
                .add("enabled", true)
                .add("emailVerified", true)
                .add("attributes", attributes)
                .build();
        String id;
        try (Response r = call(admin("users").request().buildPost(Entity.json(user)))) {
            if (r.getStatus() == 409) {
                throw new ConflictException("duplicate-account",
                        "An account with username '" + username + "' or email '" + email + "' already exists");
            }
            expect(r, 201, "create user " + username);
            id = idFromLocation(r);
        }
        try {
            String password = temporaryPassword();
            JsonObject credential = Json.createObjectBuilder()
                    .add("type", "password").add("value", password).add("temporary", true).build();
            try (Response r = call(admin("users/" + id + "/reset-password").request().buildPut(Entity.json(credential)))) {
                expect(r, 204, "set temporary password of " + username);
            }
            grant(id, roles);
            addMember(organizationId, id);
            return new StaffAccount(id, username, email, firstName, lastName, true, EnumSet.copyOf(roles), password,
                    agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip());
        } catch (RuntimeException e) {
            deleteUser(id);
            throw e;
        }
    }

    @Override
    public List<StaffAccount> staff(String slug) {
        List<StaffAccount> staff = new ArrayList<>();
        try (Response r = call(admin("users").queryParam("q", "tenant:" + slug).queryParam("briefRepresentation", false)
                .queryParam("max", 1000).request(MediaType.APPLICATION_JSON).buildGet())) {
            expect(r, 200, "list staff of " + slug);
            for (JsonValue v : r.readEntity(JsonArray.class)) {
                JsonObject u = v.asJsonObject();
                if (slug.equals(tenantOf(u))) {
                    staff.add(account(u, roles(u.getString("id"))));
                }
            }
        }
        staff.sort(java.util.Comparator.comparing(StaffAccount::username));
        return staff;
    }

    @Override
    public void assignRoles(String slug, String userId, Set<Role> roles, String agencyCode) {
        requireStaffRoles(roles);
        IdentityDirectory.requireAgencyOnlyForOfficers(roles, agencyCode);
        JsonObject user = user(userId);
        requireTenant(user, slug);
        boolean agencyChanged = !java.util.Objects.equals(agencyOf(user),
                agencyCode == null || agencyCode.isBlank() ? null : agencyCode.strip());
        if (agencyChanged) {
            // Keycloak replaces the attributes as a whole: keep the others (the tenant) as they are.
            var attributes = Json.createObjectBuilder(user.getJsonObject("attributes") == null
                    ? JsonValue.EMPTY_JSON_OBJECT : user.getJsonObject("attributes"));
            if (agencyCode == null || agencyCode.isBlank()) {
                attributes.remove(AGENCY_ATTRIBUTE);
            } else {
                attributes.add(AGENCY_ATTRIBUTE, Json.createArrayBuilder().add(agencyCode.strip()));
            }
            JsonObject patch = Json.createObjectBuilder().add("username", user.getString("username"))
                    .add("email", user.getString("email", "")).add("firstName", user.getString("firstName", ""))
                    .add("lastName", user.getString("lastName", "")).add("attributes", attributes).build();
            try (Response r = call(admin("users/" + userId).request().buildPut(Entity.json(patch)))) {
                expect(r, 204, "set the agency of " + userId);
            }
        }
        Set<Role> current = roles(userId);
        Set<Role> remove = EnumSet.noneOf(Role.class);
        for (Role r : current) {
            if (r.tenantStaff() && !roles.contains(r)) {
                remove.add(r);
            }
        }
        if (!remove.isEmpty()) {
            // Keycloak takes the roles to remove in the body of a DELETE, which Jersey refuses unless told.
            try (Response r = call(admin("users/" + userId + "/role-mappings/realm").request()
                    .property("jersey.config.client.suppressHttpComplianceValidation", true)
                    .build("DELETE", Entity.json(roleRepresentations(remove))))) {
                expect(r, 204, "remove roles of " + userId);
            }
        }
        grant(userId, roles);
        if (agencyChanged || !remove.isEmpty() || !current.containsAll(roles)) {
            endSessions(userId);
        }
    }

    /**
     * Ends the user's sessions at Keycloak. A signed-in console keeps the roles and agency it signed in with; its
     * next token refresh (within the access token's lifetime, see OidcLogin) then fails and the console signs the
     * user out, so a change of what someone may do, or a disabled account, takes effect within minutes.
     */
    private void endSessions(String userId) {
        try (Response r = call(admin("users/" + userId + "/logout").request().buildPost(Entity.json("{}")))) {
            expect(r, 204, "end the sessions of " + userId);
        }
    }

    @Override
    public void setEnabled(String slug, String userId, boolean enabled) {
        requireTenant(user(userId), slug);
        JsonObject patch = Json.createObjectBuilder().add("enabled", enabled).build();
        try (Response r = call(admin("users/" + userId).request().buildPut(Entity.json(patch)))) {
            expect(r, 204, (enabled ? "enable " : "disable ") + userId);
        }
        if (!enabled) {
            endSessions(userId);
        }
    }

    @Override
    public void deleteUser(String userId) {
        deleteIfPresent("users/" + userId);
    }

    // ---- API clients -------------------------------------------------------------------------------

    @Override
    public ApiClient createApiClient(String slug, String name) {
        String clientId = slug + "-" + name;
        JsonObject tenantClaim = Json.createObjectBuilder()
                .add("name", "tenant").add("protocol", "openid-connect").add("protocolMapper", "oidc-hardcoded-claim-mapper")
                .add("config", Json.createObjectBuilder().add("claim.name", "tenant").add("claim.value", slug)
                        .add("jsonType.label", "String").add("access.token.claim", "true")
                        .add("id.token.claim", "false").add("userinfo.token.claim", "false")
                        .add("introspection.token.claim", "true"))
                .build();
        JsonObject audience = Json.createObjectBuilder()
                .add("name", "audience").add("protocol", "openid-connect").add("protocolMapper", "oidc-audience-mapper")
                .add("config", Json.createObjectBuilder().add("included.client.audience", "pendopo-api")
                        .add("access.token.claim", "true").add("id.token.claim", "false"))
                .build();
        JsonObject groups = Json.createObjectBuilder()
                .add("name", "groups").add("protocol", "openid-connect").add("protocolMapper", "oidc-usermodel-realm-role-mapper")
                .add("config", Json.createObjectBuilder().add("claim.name", "groups").add("multivalued", "true")
                        .add("jsonType.label", "String").add("access.token.claim", "true").add("id.token.claim", "false"))
                .build();
        JsonObject client = Json.createObjectBuilder()
                .add("clientId", clientId)
                .add("name", name)
                .add("description", "Pendopo API client of tenant " + slug)
                .add("enabled", true)
                .add("protocol", "openid-connect")
                .add("publicClient", false)
                .add("clientAuthenticatorType", "client-secret")
                .add("serviceAccountsEnabled", true)
                .add("standardFlowEnabled", false)
                .add("directAccessGrantsEnabled", false)
                .add("implicitFlowEnabled", false)
                .add("fullScopeAllowed", true)
                .add("attributes", Json.createObjectBuilder().add(TENANT_ATTRIBUTE, slug))
                .add("protocolMappers", Json.createArrayBuilder().add(tenantClaim).add(audience).add(groups))
                .build();
        String id;
        try (Response r = call(admin("clients").request().buildPost(Entity.json(client)))) {
            if (r.getStatus() == 409) {
                throw new ConflictException("duplicate-api-client", "An API client named '" + clientId + "' already exists");
            }
            expect(r, 201, "create API client " + clientId);
            id = idFromLocation(r);
        }
        try {
            String serviceAccount;
            try (Response r = call(admin("clients/" + id + "/service-account-user").request(MediaType.APPLICATION_JSON).buildGet())) {
                expect(r, 200, "read the service account of " + clientId);
                serviceAccount = r.readEntity(JsonObject.class).getString("id");
            }
            grant(serviceAccount, EnumSet.of(Role.API_CLIENT));
            try (Response r = call(admin("clients/" + id + "/client-secret").request(MediaType.APPLICATION_JSON).buildGet())) {
                expect(r, 200, "read the secret of " + clientId);
                return new ApiClient(id, clientId, name, r.readEntity(JsonObject.class).getString("value"));
            }
        } catch (RuntimeException e) {
            deleteClient(id);
            throw e;
        }
    }

    @Override
    public List<ApiClient> apiClients(String slug) {
        // Keycloak refuses attribute queries on clients ("not allowed for search"), so search the client id
        // prefix and keep the clients whose tenant attribute is exactly this tenant.
        try (Response r = call(admin("clients").queryParam("clientId", slug + "-").queryParam("search", true)
                .queryParam("max", 1000).request(MediaType.APPLICATION_JSON).buildGet())) {
            expect(r, 200, "list API clients of " + slug);
            List<ApiClient> clients = new ArrayList<>();
            for (JsonValue v : r.readEntity(JsonArray.class)) {
                JsonObject c = v.asJsonObject();
                JsonObject attributes = c.getJsonObject("attributes");
                if (attributes != null && slug.equals(attributes.getString(TENANT_ATTRIBUTE, null))) {
                    clients.add(new ApiClient(c.getString("id"), c.getString("clientId"), c.getString("name", c.getString("clientId")), null));
                }
            }
            clients.sort(java.util.Comparator.comparing(ApiClient::clientId));
            return clients;
        }
    }

    @Override
    public void deleteApiClient(String slug, String clientId) {
        ApiClient client = apiClients(slug).stream().filter(c -> c.clientId().equals(clientId)).findFirst()
                .orElseThrow(() -> new NotFoundException("API client", clientId));
        deleteClient(client.id());
    }

    private void deleteClient(String id) {
        deleteIfPresent("clients/" + id);
    }

    /** Deletes an admin resource; one that is already gone counts as deleted, so undo steps can repeat. */
    private void deleteIfPresent(String path) {
        try (Response r = call(admin(path).request().buildDelete())) {
            if (r.getStatus() != 404) {
                expect(r, 204, "delete " + path);
            }
        }
    }

    @Override
    public void deleteTenantIdentities(String slug) {
        for (ApiClient c : apiClients(slug)) {
            deleteClient(c.id());
        }
        for (StaffAccount a : staff(slug)) {
            deleteUser(a.id());
        }
        String org = findOrganization(slug);
        if (org != null) {
            deleteOrganization(org);
        }
    }

    private JsonObject findUser(String username) {
        try (Response r = call(admin("users").queryParam("username", username).queryParam("exact", true)
                .queryParam("briefRepresentation", false).request(MediaType.APPLICATION_JSON).buildGet())) {
            expect(r, 200, "find user " + username);
            JsonArray found = r.readEntity(JsonArray.class);
            return found.isEmpty() ? null : found.getJsonObject(0);
        }
    }

    private JsonObject user(String userId) {
        try (Response r = call(admin("users/" + userId).request(MediaType.APPLICATION_JSON).buildGet())) {
            if (r.getStatus() == 404) {
                throw new NotFoundException("Account", userId);
            }
            expect(r, 200, "read user " + userId);
            return r.readEntity(JsonObject.class);
        }
    }

    /** Refuses to touch an account of another tenant; to the caller it does not exist. */
    private static void requireTenant(JsonObject user, String slug) {
        if (!slug.equals(tenantOf(user))) {
            throw new NotFoundException("Account", user.getString("id"));
        }
    }

    private static void requireStaffRoles(Set<Role> roles) {
        for (Role r : roles) {
            if (!r.tenantStaff()) {
                throw id.pendopo.shared.ValidationException.of("roles", r.roleName() + " cannot be given to tenant staff");
            }
        }
    }

    private static String tenantOf(JsonObject user) {
        JsonObject attributes = user.getJsonObject("attributes");
        if (attributes == null || !attributes.containsKey("tenant")) {
            return null;
        }
        JsonArray values = attributes.getJsonArray("tenant");
        return values.isEmpty() ? null : values.getString(0);
    }

    private Set<Role> roles(String userId) {
        try (Response r = call(admin("users/" + userId + "/role-mappings/realm").request(MediaType.APPLICATION_JSON).buildGet())) {
            expect(r, 200, "read roles of " + userId);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (JsonValue v : r.readEntity(JsonArray.class)) {
                Role.byName(v.asJsonObject().getString("name")).ifPresent(roles::add);
            }
            return roles;
        }
    }

    private void grant(String userId, Set<Role> roles) {
        if (roles.isEmpty()) {
            return;
        }
        try (Response r = call(admin("users/" + userId + "/role-mappings/realm").request()
                .buildPost(Entity.json(roleRepresentations(roles))))) {
            expect(r, 204, "grant roles to " + userId);
        }
    }

    private JsonArray roleRepresentations(Set<Role> roles) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Role role : roles) {
            try (Response r = call(admin("roles/" + role.roleName()).request(MediaType.APPLICATION_JSON).buildGet())) {
                expect(r, 200, "read role " + role.roleName());
                array.add(r.readEntity(JsonObject.class));
            }
        }
        return array.build();
    }

    private void addMember(String organizationId, String userId) {
        try (Response r = call(admin("organizations/" + organizationId + "/members").request()
                .buildPost(Entity.json(Json.createValue(userId).toString())))) {
            if (r.getStatus() != 409) {
                expect(r, 201, "add member " + userId + " to organization " + organizationId);
            }
        }
    }

    private static String agencyOf(JsonObject user) {
        JsonObject attributes = user.getJsonObject("attributes");
        if (attributes == null || !attributes.containsKey(AGENCY_ATTRIBUTE)) {
            return null;
        }
        JsonArray values = attributes.getJsonArray(AGENCY_ATTRIBUTE);
        return values.isEmpty() ? null : values.getString(0);
    }

    private StaffAccount account(JsonObject u, Set<Role> roles) {
        return new StaffAccount(u.getString("id"), u.getString("username"), u.getString("email", null),
                u.getString("firstName", null), u.getString("lastName", null), u.getBoolean("enabled", true),
                roles == null ? Set.of() : roles, null, agencyOf(u));
    }

    static String temporaryPassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            s.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return s.toString();
    }

    // ---- HTTP ---------------------------------------------------------------------------------------

    private WebTarget admin(String path) {
        return client().target(baseUrl).path("admin/realms").path(realm).path(path);
    }

    private Response call(Invocation invocation) {
        try {
            return invocation.property("jersey.config.client.followRedirects", false).invoke();
        } catch (ProcessingException e) {
            throw new IdentityUnavailableException("Keycloak at " + baseUrl + " cannot be reached: " + e.getMessage(), e);
        }
    }

    private Client client() {
        Client c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = ClientBuilder.newBuilder()
                            .connectTimeout(5, TimeUnit.SECONDS)
                            .readTimeout(30, TimeUnit.SECONDS)
                            .register(new BearerToken(this::accessToken))
                            .build();
                }
                c = client;
            }
        }
        return c;
    }

    /** A service-account token, renewed 30 s before it expires. */
    synchronized String accessToken() {
        if (token != null && clock.instant().isBefore(tokenExpires)) {
            return token;
        }
        Form form = new Form().param("grant_type", "client_credentials")
                .param("client_id", clientId).param("client_secret", clientSecret);
        Client plain = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS).build();
        try (Response r = plain.target(baseUrl).path("realms").path(realm).path("protocol/openid-connect/token")
                .request(MediaType.APPLICATION_JSON).post(Entity.form(form))) {
            expect(r, 200, "obtain an admin token for client " + clientId);
            JsonObject json = r.readEntity(JsonObject.class);
            token = json.getString("access_token");
            tokenExpires = clock.instant().plusSeconds(Math.max(10, json.getInt("expires_in", 60) - 30));
            return token;
        } catch (ProcessingException e) {
            throw new IdentityUnavailableException("Keycloak at " + baseUrl + " cannot be reached: " + e.getMessage(), e);
        } finally {
            plain.close();
        }
    }

    private static void expect(Response r, int status, String what) {
        if (r.getStatus() != status) {
            String body = r.hasEntity() ? r.readEntity(String.class) : "";
            throw new IdentityUnavailableException("Keycloak refused to " + what + ": HTTP " + r.getStatus()
                    + (body.isBlank() ? "" : " " + body));
        }
    }

    private static String idFromLocation(Response r) {
        String location = r.getHeaderString("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw new IdentityUnavailableException("Keycloak lost " + what);
        }
        return value;
    }
}
