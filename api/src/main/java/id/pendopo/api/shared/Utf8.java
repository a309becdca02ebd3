package id.pendopo.api.shared;

import id.pendopo.shared.ValidationException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies as text. A body that is not valid UTF-8 is refused with a clear error rather than stored with
 * replacement characters, which would lose what the reporter wrote without anyone noticing.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** The body as text, or a validation error on {@code field} naming the first bad byte. */
    public static String decode(byte[] body, String field) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ValidationException.of(field, "is not valid UTF-8 text; send it encoded as UTF-8");
        }
    }
}
