package id.pendopo.open311;

/**
 * The answer to a posted request. Reports get their tracking id at once, so the token is the tracking id too:
 * a client that follows the token route ({@code GET tokens/{token}}) gets the same id back.
 */
public record AcceptedServiceRequest(String serviceRequestId, String token, String serviceNotice, String accountId) {
}
