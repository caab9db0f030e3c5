package qiao.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.logging.Logger;

/**
 * Looks at the request line and headers before anything parses them. An address whose query has
 * raw (not percent-encoded) characters, as curl and bots send, is encoded here, so the rest of the
 * application sees a proper URI; one with broken percent-escapes, or an address or cookies too long
 * to be anybody's, gets the site's own error page or problem detail (400, 414, 431) and one log
 * line, instead of a 500 with a stack trace or a bare answer with no body.
 */
@WebFilter(urlPatterns = "/*")
public class RequestLineFilter extends HttpFilter {

    static final int MAX_ADDRESS_CHARS = 8 * 1024;
    static final int MAX_COOKIE_CHARS = 16 * 1024;
    /** Set on a refused request for the error page: the bundle key of what was wrong. */
    static final String REASON = "qiao.request.refused";
    private static final Logger LOG = Logger.getLogger(RequestLineFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        String cookies = String.join("; ", Collections.list(request.getHeaders("Cookie")));
        int addressLength = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (addressLength > MAX_ADDRESS_CHARS) {
            refuse(request, response, 414, "error.414.detail", addressLength + " characters");
        } else if (cookies.length() > MAX_COOKIE_CHARS) {
            refuse(request, response, 431, "error.431.detail", cookies.length() + " characters of cookies");
        } else if (query != null && !QueryStrings.wellEscaped(query)) {
            refuse(request, response, 400, "error.400.address", "broken percent-escape in the query");
        } else if (query != null && QueryStrings.needsEscaping(query)) {
            chain.doFilter(new EscapedQuery(request, QueryStrings.escape(query)), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String reason,
            String what) throws IOException {
        LOG.info(() -> "Refused " + request.getMethod() + " from " + request.getRemoteAddr() + " with " + status + ": "
                + what);
        request.setAttribute(REASON, reason);
        response.sendError(status);
    }

    /** The request with its query string percent-encoded where it was not. */
    private static final class EscapedQuery extends HttpServletRequestWrapper {
        private final String query;

        EscapedQuery(HttpServletRequest request, String query) {
            super(request);
            this.query = query;
        }

        @Override
        public String getQueryString() {
            return query;
        }
    }

    /** What a query string may hold, and how to encode what it may not (RFC 3986). */
    static final class QueryStrings {

        private QueryStrings() {
        }

        /** Every '%' starts an escape of two hex digits, and the escaped bytes are UTF-8. */
        static boolean wellEscaped(String query) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < query.length(); i++) {
                char c = query.charAt(i);
                if (c == '%') {
                    if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                            || Character.digit(query.charAt(i + 2), 16) < 0) {
                        return false;
                    }
                    bytes.write(Integer.parseInt(query.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.write(c & 0xFF);
                }
            }
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
                return true;
            } catch (java.nio.charset.CharacterCodingException e) {
                return false;
            }
        }

        static boolean needsEscaping(String query) {
            return query.chars().anyMatch(c -> !allowed(c));
        }

        /**
         * Percent-encodes every character a URI query may not hold. The container reads the raw
         * bytes as ISO-8859-1, so each char is one byte of the UTF-8 the client sent.
         */
        static String escape(String query) {
            StringBuilder out = new StringBuilder(query.length() * 2);
            for (int i = 0; i < query.length(); i++) {
                char c = query.charAt(i);
                if (allowed(c)) {
                    out.append(c);
                } else {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
                }
            }
            return out.toString();
        }

        private static boolean allowed(int c) {
            return c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0;
        }
    }
}
