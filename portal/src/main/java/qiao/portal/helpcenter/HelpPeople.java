package qiao.portal.helpcenter;

import java.util.Optional;
import qiao.portal.identity.Caller;
import qiao.portal.identity.Person;
import qiao.portal.identity.Role;
import qiao.portal.web.Refusal;

/** Who does what in the help center: staff and admins write; moderators read drafts too; everyone else reads. */
final class HelpPeople {

    private HelpPeople() {
    }

    static boolean writes(Optional<Person> person) {
        return person.map(p -> p.has(Role.STAFF) || p.has(Role.ADMIN)).orElse(false);
    }

    /** The caller, if they write help articles; else 401 or 403. */
    static Person requireWriter(Caller caller) {
        Person me = caller.require();
        if (!writes(Optional.of(me))) {
            throw Refusal.forbidden();
        }
        return me;
    }

    /** Whether this person sees drafts, articles in review, scheduled and archived ones. */
    static boolean readsDrafts(Optional<Person> person) {
        return person.map(Person::isStaff).orElse(false);
    }
}
