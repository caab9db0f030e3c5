package qiao.portal.web;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/**
 * A request the portal will not carry out, with the status and the localized reason to give. Thrown
 * by services and resources; shown as a themed error page or as a problem detail.
 */
public class Refusal extends RuntimeException {

    private final int status;
    private final String titleKey;
    private final String detailKey;
    private final transient List<Object> args;

    public Refusal(int status, String titleKey, String detailKey, Object... args) {
        super(detailKey);
        this.status = status;
        this.titleKey = titleKey;
        this.detailKey = detailKey;
        this.args = List.of(args);
    }

    /** The caller must sign in first (401 for the API; a redirect to the sign-in page for people). */
    public static Refusal notSignedIn() {
        return new Refusal(401, "error.401.title", "error.401.detail");
    }

    /** Signed in, but not allowed to do this. */
    public static Refusal forbidden() {
        return new Refusal(403, "error.403.title", "error.403.detail");
    }

    public static Refusal notFound() {
        return new Refusal(404, "error.404.title", "error.404.detail");
    }

    public static Refusal conflict(String detailKey, Object... args) {
        return new Refusal(409, "error.409.title", detailKey, args);
    }

    public static Refusal tooManyRequests(String detailKey, Object... args) {
        return new Refusal(Status.TOO_MANY_REQUESTS.getStatusCode(), "error.429.title", detailKey, args);
    }

    public int status() {
        return status;
    }

    public String titleKey() {
        return titleKey;
    }

    public String detailKey() {
        return detailKey;
    }

    public List<Object> args() {
        return args;
    }
}
