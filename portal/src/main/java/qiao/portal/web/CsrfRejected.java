package qiao.portal.web;

import java.util.List;
import java.util.Map;

/**
 * A state-changing request without a valid CSRF token. People get a 403 page that keeps what they
 * typed (passwords excepted) and offers to send it again with a fresh token.
 */
public class CsrfRejected extends RuntimeException {

    private final transient Map<String, List<String>> fields;
    private final String action;

    public CsrfRejected(String action, Map<String, List<String>> fields) {
        super("missing or invalid CSRF token");
        this.action = action;
        this.fields = fields;
    }

    /** Where the form was sent: the retry goes to the same place. */
    public String action() {
        return action;
    }

    public Map<String, List<String>> fields() {
        return fields;
    }
}
