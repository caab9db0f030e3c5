package qiao.portal.web;

import java.util.List;
import java.util.Map;

/**
 * A state-changing request refused: from another site, or without a valid CSRF token. People get a
 * 403 page that says plainly what was asked; a retry is offered only when this site's own page
 * sent it, within a session, and the action is one that may be (see {@link FormAction}).
 *
 * @param action  where the form was sent (a path of this site)
 * @param fields  what it carried (passwords never kept)
 * @param source  where the request came from
 * @param session whether the browser had a session (someone signed in)
 */
class CsrfRejected extends RuntimeException {

    private final String action;
    private final transient Map<String, List<String>> fields;
    private final RequestSource source;
    private final boolean session;

    public CsrfRejected(String action, Map<String, List<String>> fields, RequestSource source, boolean session) {
        super(source == RequestSource.ANOTHER_SITE ? "request from another site" : "missing or invalid CSRF token");
        this.action = action;
        this.fields = fields;
        this.source = source;
        this.session = session;
    }

    public String action() {
        return action;
    }

    public Map<String, List<String>> fields() {
        return fields;
    }

    public RequestSource source() {
        return source;
    }

    /** Whether one click may send it again: only this site's own page, in a session, for an action that allows it. */
    public boolean replayable() {
        return source == RequestSource.THIS_SITE && session && FormAction.of(action).replayable();
    }
}
