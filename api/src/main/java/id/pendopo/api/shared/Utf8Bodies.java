package id.pendopo.api.shared;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Every JSON body is UTF-8 or refused ({@link Utf8}): JSON-B alone reads a Latin-1 byte as U+FFFD, and a reply, a note
 * or a category name would be stored changed without anyone noticing. Bodies are small here ({@link BodyLimit}
 * refuses those over 1 MiB before they are read), so the check reads the body once more in memory.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        // A resource that takes the bytes (complaint intake) decodes them itself: not read and decoded twice.
        if (context.getType() != byte[].class && type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            byte[] body = context.getInputStream().readAllBytes();
            Utf8.decode(body, "body");
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
