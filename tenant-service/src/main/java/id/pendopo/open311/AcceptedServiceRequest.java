package id.pendopo.open311;

/**
 * The answer to a posted request. Reports get their tracking id at once, so the answer carries
 * {@code service_request_id} and no {@code token}: the specification has one or the other, the token being for
 * servers that create requests later. A client that still follows the token route ({@code GET tokens/{id}}) with the
 * id gets the same id back.
 */
public record AcceptedServiceRequest(String serviceRequestId, String serviceNotice, String accountId) {
}
