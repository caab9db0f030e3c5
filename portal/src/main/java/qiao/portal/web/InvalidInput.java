package qiao.portal.web;

/** Input that breaks a rule; pages show it beside the fields, the API as a 400 problem. */
public class InvalidInput extends RuntimeException {

    private final transient FieldErrors errors;

    public InvalidInput(FieldErrors errors) {
        super("invalid input: " + errors.all());
        this.errors = errors;
    }

    public static InvalidInput of(String field, String messageKey, Object... args) {
        return new InvalidInput(new FieldErrors().add(field, messageKey, args));
    }

    public FieldErrors errors() {
        return errors;
    }
}
