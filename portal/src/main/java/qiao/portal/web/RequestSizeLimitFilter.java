package qiao.portal.web;

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

/**
 * Refuses request bodies above {@value #MAX_BODY_BYTES} bytes with 413 before anything reads them.
 * A body of unknown length is cut off at the same size while it is being read.
 */
@WebFilter(urlPatterns = "/*")
public class RequestSizeLimitFilter extends HttpFilter {

    static final long MAX_BODY_BYTES = 1024 * 1024;
    /** Plugin files an admin uploads: a plugin bringing its libraries is several megabytes. */
    static final long MAX_PLUGIN_BYTES = 64L * 1024 * 1024;
    /** Bodies up to this size are read and dropped first, so the client surely sees the 413. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        long limit = isPluginUpload(request) ? MAX_PLUGIN_BYTES : MAX_BODY_BYTES;
        if (declared > limit) {
            if (declared <= DRAIN_LIMIT) {
                request.getInputStream().transferTo(OutputStreamSink.INSTANCE);
            }
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(declared < 0 ? new Limited(request, limit) : request, response);
    }

    /** An upload to the plugin endpoints by someone signed in (whether an admin is checked later, before anything is kept). */
    private static boolean isPluginUpload(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean credentials = request.getHeader("Authorization") != null || (request.getCookies() != null
                && java.util.Arrays.stream(request.getCookies()).anyMatch(c -> c.getName().equals(Cookies.SESSION)));
        return credentials && "POST".equals(request.getMethod())
                && (path.equals("/api/v1/admin/plugins") || path.equals("/admin/plugins/install"));
    }

    /** Thrown while reading a body of unknown length that turns out too large. */
    public static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("request body too large");
        }
    }

    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
            // dropped
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // dropped
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream(), limit);
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long count;

        LimitedStream(ServletInputStream in, long limit) {
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
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = in.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new BodyTooLarge();
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

    static boolean causedByTooLargeBody(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
