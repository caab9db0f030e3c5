package qiao.portal.web;

import java.util.List;

/**
 * An RFC 9457 problem detail, already in the caller's language.
 *
 * @param type     a URI naming the kind of problem ("about:blank" when the status says it all)
 * @param title    short, human-readable summary of the kind of problem
 * @param status   the HTTP status
 * @param detail   what went wrong this time
 * @param instance the request path
 * @param errors   per-field problems, for invalid input (empty otherwise)
 */
record Problem(String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field's problem. */
    public record FieldProblem(String field, String message) {
    }
}
