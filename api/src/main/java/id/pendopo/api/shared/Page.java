package id.pendopo.api.shared;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a longer list: the API's one pagination style. Pages count from 0; {@code total} is the number of
 * items over all pages.
 */
public record Page<T>(List<T> items,
        @Schema(description = "Index of this page, from 0") int page,
        @Schema(description = "Page size asked for") int size,
        @Schema(description = "Items over all pages") long total) {

    public static final String DEFAULT_SIZE = "20";
    public static final int MAX_SIZE = 100;
}
