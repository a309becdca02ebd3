package id.pendopo.api.open311;

import id.pendopo.api.shared.Utf8;
import id.pendopo.open311.NewServiceRequest;
import id.pendopo.shared.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A POSTed {@code application/x-www-form-urlencoded} body, decoded as UTF-8 (the specification assumes it), with
 * the query string's parameters underneath (some clients send {@code api_key} and {@code jurisdiction_id} there, or
 * everything): a field or attribute in the body wins over the same one in the query string. The reporter's
 * identity ({@link #PERSONAL}) is refused in the query string: URLs are kept in proxy and server logs, where the
 * privacy modes cannot reach, so a client that sends them there is told at once, while it is being built.
 * Attributes come as {@code attribute[code]=value}, or {@code attribute[code][]=value} for multivaluelists; any
 * other bracket form, a bad percent escape or a repeated plain field is malformed input.
 */
public final class Open311Form {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([A-Za-z0-9_.-]{1,64})\\](\\[\\])?");
    /** The fields that say who the reporter is. */
    static final List<String> PERSONAL = List.of("email", "phone", "first_name", "last_name", "device_id", "account_id");

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, List<String>> attributes = new LinkedHashMap<>();

    private Open311Form() {
    }

    public static Open311Form parse(String body, String query) {
        Open311Form form = new Open311Form();
        Open311Form fromQuery = new Open311Form();
        fromQuery.read(query, "query string");
        for (String field : PERSONAL) {
            if (fromQuery.fields.containsKey(field)) {
                throw ValidationException.of(field, "identifies the reporter: send it in the form body, not in the URL,"
                        + " which proxies and server logs keep");
            }
        }
        form.read(body, "form data");
        fromQuery.fields.forEach(form.fields::putIfAbsent);
        fromQuery.attributes.forEach(form.attributes::putIfAbsent);
        return form;
    }

    private void read(String encoded, String what) {
        if (encoded == null || encoded.isBlank()) {
            return;
        }
        for (String pair : encoded.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), what);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), what);
            if (name.startsWith("attribute")) {
                Matcher m = ATTRIBUTE.matcher(name);
                if (!m.matches()) {
                    throw ValidationException.of(name, "is malformed: attributes are sent as attribute[code]=value");
                }
                List<String> values = attributes.computeIfAbsent(m.group(1), k -> new ArrayList<>());
                if (!values.isEmpty() && m.group(2) == null) {
                    throw ValidationException.of(name, "was sent twice");
                }
                values.add(value);
            } else if (fields.putIfAbsent(name, value) != null) {
                throw ValidationException.of(name, "was sent twice");
            }
        }
    }

    /**
     * Percent-decoding as UTF-8, strictly: {@link java.net.URLDecoder} turns an escape that is not UTF-8 (a Latin-1
     * {@code caf%E9}) into U+FFFD, and the reporter's text would be stored changed without anyone noticing.
     */
    private static String decode(String s, String what) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(s.charAt(i + 2), 16);
                if (lo < 0) {
                    throw ValidationException.of("body", "is not well-formed " + what + ": a % must start an escape"
                            + " of two hex digits, e.g. %20 (at character " + (i + 1) + ")");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                bytes.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        try {
            return Utf8.decode(bytes.toByteArray(), "body");
        } catch (ValidationException notUtf8) {
            throw ValidationException.of("body", "is not well-formed " + what + ": its escapes are not UTF-8 text"
                    + " (e.g. caf%C3%A9, not caf%E9)");
        }
    }

    public String get(String name) {
        return fields.get(name);
    }

    public Map<String, List<String>> attributes() {
        return attributes;
    }

    /** The request the client posted; {@code long} is the longitude. */
    public NewServiceRequest toRequest() {
        return new NewServiceRequest(get("service_code"), get("lat"), get("long"), get("address_string"),
                get("address_id"), get("email"), get("device_id"), get("account_id"), get("first_name"),
                get("last_name"), get("phone"), get("description"), get("media_url"), attributes);
    }
}
