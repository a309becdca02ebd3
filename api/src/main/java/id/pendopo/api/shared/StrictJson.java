package id.pendopo.api.shared;

import id.pendopo.shared.ValidationException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * JSON-B as the API reads request bodies: a whole-number field takes only a whole number that fits. Left to
 * itself, JSON-B reads {@code 4.9} as 4 and {@code 4294967301} as 5 (the number wraps around), so a rating, an
 * agency id or a number of working days could be stored as something the client never sent.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    /** The one configured JSON-B, for resources that read a body themselves too. */
    public static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new WholeInteger(), new WholeLong()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSON;
    }

    /**
     * A value that is not a whole number in its field's range; answered as a 400 naming the value, with the code
     * {@code out-of-range} for a number (a fraction, too big) and {@code invalid-format} for anything else.
     */
    public static final class NotAWholeNumber extends JsonbException {
        private static final long serialVersionUID = 1L;
        private final String code;

        NotAWholeNumber(String message, String code) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** JSON-B finds a deserializer's type from its class's declaration, so each type has a class of its own. */
    private static final class WholeInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            BigDecimal value = wholeNumber(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return value == null ? null : value.intValueExact();
        }
    }

    private static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type rtType) {
            BigDecimal value = wholeNumber(parser, Long.MIN_VALUE, Long.MAX_VALUE);
            return value == null ? null : value.longValueExact();
        }
    }

    /** The number at the parser (a JSON number, or a string holding one), whole and within min..max; null for null. */
    private static BigDecimal wholeNumber(JsonParser parser, long min, long max) {
        // JSON-B's parser here knows its current value but not its event (currentEvent() is unsupported).
        JsonValue value = parser.getValue();
        String text = switch (value.getValueType()) {
            case NUMBER -> ((JsonNumber) value).bigDecimalValue().toString();
            case STRING -> ((JsonString) value).getString().strip();
            case NULL -> null;
            default -> throw new JsonbException("expected a number, got " + value.getValueType());
        };
        if (text == null) {
            return null;
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new NotAWholeNumber("'" + shown + "' is not a number", ValidationException.FORMAT);
        }
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new NotAWholeNumber("'" + shown + "' is not a whole number from " + min + " to " + max,
                    ValidationException.OUT_OF_RANGE);
        }
        return number;
    }
}
