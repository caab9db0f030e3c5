package qiao.portal.web;

import jakarta.ws.rs.core.Response.Status;
import java.time.Duration;
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
    private final transient Duration retryAfter;

    public Refusal(int status, String titleKey, String detailKey, Object... args) {
        this(status, null, titleKey, detailKey, args);
    }

    private Refusal(int status, Duration retryAfter, String titleKey, String detailKey, Object... args) {
        super(detailKey);
        this.status = status;
        this.retryAfter = retryAfter;
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

    /** Too many tries: the caller may try again after {@code wait}, which the response says in Retry-After. */
    public static Refusal tooManyRequests(Duration wait, String detailKey, Object... args) {
        return new Refusal(Status.TOO_MANY_REQUESTS.getStatusCode(), wait, "error.429.title", detailKey, args);
    }

    /** Something the request needs is away for a moment (503); the caller may try again after {@code wait}. */
    public static Refusal unavailable(Duration wait, String detailKey, Object... args) {
        return new Refusal(Status.SERVICE_UNAVAILABLE.getStatusCode(), wait, "error.503.title", detailKey, args);
    }

    /** Whole seconds to wait before trying again (at least one), for 429 and 503; empty for other refusals. */
    public java.util.Optional<Long> retryAfterSeconds() {
        return java.util.Optional.ofNullable(retryAfter).map(d -> Math.max(1, (d.toMillis() + 999) / 1000));
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
