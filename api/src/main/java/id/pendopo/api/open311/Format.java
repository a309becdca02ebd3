package id.pendopo.api.open311;

import id.pendopo.shared.ValidationException;
import java.util.Locale;

/** GeoReport's two formats, chosen by the extension of the path: {@code services.xml}, {@code services.json}. */
public enum Format {
    XML("text/xml; charset=utf-8"),
    JSON("application/json; charset=utf-8");

    private final String contentType;

    Format(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format an extension names; anything but xml or json is a bad request. */
    public static Format of(String extension) {
        return switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
            case "xml" -> XML;
            case "json" -> JSON;
            default -> throw ValidationException.of("format", "must be xml or json, got '" + extension + "'");
        };
    }

    /** The format of an error's answer: JSON when the path asked for JSON, XML (the required format) otherwise. */
    public static Format ofPath(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : XML;
    }
}
