package id.pendopo.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;


/** Test-side access to Keycloak's Admin API, for what a person would do by hand (e.g. first-login password). */
public final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    private static String token() {
        return Platform.clientToken("pendopo-admin", "pendopo-admin-dev-secret");
    }

    /** Replaces the temporary password of a freshly provisioned account, as its owner would at first login. */
    public static void setPassword(String username, String password) {
        String token = token();
        Platform.Answer users = Platform.get(Platform.KEYCLOAK + "/admin/realms/pendopo/users?exact=true&username="
                + username, token);
        String id = users.array().getJsonObject(0).getString("id");
        Platform.Answer r = Platform.send(HttpRequest.newBuilder(
                        URI.create(Platform.KEYCLOAK + "/admin/realms/pendopo/users/" + id + "/reset-password"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false).build().toString()))
                .build());
        if (r.status() != 204) {
            throw new AssertionError("Could not set the password of " + username + ": " + r);
        }
    }


    /**
     * Gives ({@code "POST"}) or takes away ({@code "DELETE"}) a realm role straight in Keycloak, as an administrator
     * could in Keycloak's own console, past the platform's rules.
     */
    public static void realmRole(String method, String username, String role) {
        String token = token();
        String id = Platform.get(Platform.KEYCLOAK + "/admin/realms/pendopo/users?exact=true&username=" + username, token)
                .array().getJsonObject(0).getString("id");
        JsonObject representation = Platform.get(Platform.KEYCLOAK + "/admin/realms/pendopo/roles/" + role, token).json();
        Platform.Answer r = Platform.send(HttpRequest.newBuilder(
                        URI.create(Platform.KEYCLOAK + "/admin/realms/pendopo/users/" + id + "/role-mappings/realm"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Json.createArrayBuilder().add(representation).build()
                        .toString()))
                .build());
        if (r.status() != 204) {
            throw new AssertionError("Could not " + method + " role " + role + " of " + username + ": " + r);
        }
    }
}
