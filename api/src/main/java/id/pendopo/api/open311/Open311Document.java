package id.pendopo.api.open311;

import id.pendopo.shared.Validation;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One GeoReport answer, written as XML or as JSON the way the specification shows both: a root element whose
 * lists repeat a named child in XML ({@code <services><service>...}) and are arrays in JSON. Values are text,
 * numbers, booleans, {@link Fields} (an element with children / an object), {@link Items} (a list) or null
 * (an empty element / null).
 */
public record Open311Document(String root, Object value) {

    /** Named values in the order the specification lists them. */
    public static final class Fields {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Fields put(String name, Object value) {
            values.put(name, value);
            return this;
        }

        public Map<String, Object> values() {
            return values;
        }
    }

    /** A list whose XML elements are all called {@code item}. */
    public record Items(String item, List<?> values) {
    }

    public static Fields fields() {
        return new Fields();
    }

    public byte[] write(Format format) {
        return format == Format.XML ? xml() : json().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xml() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, root, value);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Open311 answer", e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            xml.writeEmptyElement(name);
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Fields f) {
            for (Map.Entry<String, Object> e : f.values().entrySet()) {
                element(xml, e.getKey(), e.getValue());
            }
        } else if (value instanceof Items items) {
            for (Object item : items.values()) {
                element(xml, items.item(), item);
            }
        } else {
            xml.writeCharacters(xmlText(text(value)));
        }
        xml.writeEndElement();
    }

    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            value(json, null, value);
        }
        return out.toString();
    }

    private static void value(JsonGenerator json, String name, Object value) {
        if (value instanceof Fields f) {
            if (name == null) {
                json.writeStartObject();
            } else {
                json.writeStartObject(name);
            }
            f.values().forEach((k, v) -> value(json, k, v));
            json.writeEnd();
        } else if (value instanceof Items items) {
            if (name == null) {
                json.writeStartArray();
            } else {
                json.writeStartArray(name);
            }
            items.values().forEach(v -> value(json, null, v));
            json.writeEnd();
        } else if (value == null) {
            if (name == null) {
                json.writeNull();
            } else {
                json.writeNull(name);
            }
        } else if (value instanceof Boolean b) {
            if (name == null) {
                json.write(b);
            } else {
                json.write(name, b);
            }
        } else if (value instanceof Number n) {
            BigDecimal d = new BigDecimal(text(n));
            if (name == null) {
                json.write(d);
            } else {
                json.write(name, d);
            }
        } else if (name == null) {
            json.write(text(value));
        } else {
            json.write(name, text(value));
        }
    }

    /**
     * Text as XML 1.0 can carry it: a character it cannot (a control character stored before intake refused them)
     * becomes U+FFFD, rather than making the whole document unreadable.
     */
    static String xmlText(String s) {
        if (Validation.firstUnprintable(s) < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Validation.isXmlChar(c) ? c : '\uFFFD');
            }
        }
        return b.toString();
    }

    private static String text(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
