package id.pendopo.open311;

/**
 * The parameters of {@code GET requests}, as the client sent them (null when absent); {@link GeoReport#requests}
 * checks them. Lists are comma-separated, dates ISO 8601, {@code page} counts from 1.
 */
public record ServiceRequestQuery(String serviceRequestIds, String serviceCodes, String startDate, String endDate,
        String statuses, String page, String pageSize) {

    public static ServiceRequestQuery defaults() {
        return new ServiceRequestQuery(null, null, null, null, null, null, null);
    }
}
