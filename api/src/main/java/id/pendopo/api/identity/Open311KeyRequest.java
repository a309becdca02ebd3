package id.pendopo.api.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The name of a new Open311 API key: the app or partner it is for. */
@Schema(name = "Open311KeyRequest")
public record Open311KeyRequest(
        @NotBlank @Size(max = 80)
        @Schema(required = true, maxLength = 80, example = "Aplikasi Lapor Langkat (Android)")
        String name) {
}
