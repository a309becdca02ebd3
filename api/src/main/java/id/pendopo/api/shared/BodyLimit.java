package id.pendopo.api.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses request bodies larger than any legitimate request, before they are read into memory: 413 in the caller's
 * error format (problem+json, or Open311's under {@code /open311/}; both through the error page). Endpoints read
 * whole bodies (a report's JSON, an Open311 form, attachments), and some need no token (Open311, the tracking
 * page's acts), so without a limit one request could fill the heap.
 * <ul>
 * <li>{@code multipart/form-data} (a report with up to 5 attachments of 5 MiB): {@value #MULTIPART} bytes;</li>
 * <li>{@code text/csv} (the operator's region import, 2.5 MB for the whole country): {@value #CSV} bytes;</li>
 * <li>everything else (JSON, forms): {@value #OTHER} bytes.</li>
 * </ul>
 * A declared {@code Content-Length} above the limit is refused at once; a body without one (chunked) is counted
 * while it is read and refused when it passes the limit.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BodyLimit extends HttpFilter {

    public static final long MULTIPART = 27L * 1024 * 1024;
    public static final long CSV = 32L * 1024 * 1024;
    public static final long OTHER = 1024L * 1024;

    /** The most bytes a request of this media type may carry. */
    public static long limitFor(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            return MULTIPART;
        }
        if (type.startsWith("text/csv")) {
            return CSV;
        }
        return OTHER;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(req.getContentType());
        long declared = req.getContentLengthLong();
        if (declared > limit) {
            res.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The request body has " + declared + " bytes; at most " + limit + " are accepted");
            return;
        }
        chain.doFilter(declared >= 0 ? req : new Counted(req, limit), res);
    }

    /** A request whose body is refused once more than {@code limit} bytes have been read. */
    static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
