package id.pendopo.identity;

/**
 * A third-party system's credentials for the public API, bound to one tenant. {@code secret} is present only
 * in the answer to the call that created the client, to be handed over once.
 */
public record ApiClient(String id, String clientId, String name, String secret) {
}
