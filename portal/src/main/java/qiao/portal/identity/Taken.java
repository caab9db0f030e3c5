package qiao.portal.identity;

import qiao.portal.web.Refusal;

/** A username or e-mail address that another account already has (409). */
class Taken extends Refusal {

    private final String field;

    Taken(String field) {
        super(409, "error.409.title", "validation." + field + ".taken");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
