package qiao.portal.community;

import java.util.Optional;
import qiao.portal.identity.Person;

/** Who may do something on a board: read it, start threads in it, or reply. */
public enum Access {
    EVERYONE, SIGNED_IN, STAFF;

    /** Whether this person (or, when empty, an anonymous visitor) may. */
    boolean allows(Optional<Person> person) {
        return switch (this) {
            case EVERYONE -> true;
            case SIGNED_IN -> person.isPresent();
            case STAFF -> person.map(Person::isStaff).orElse(false);
        };
    }
}
