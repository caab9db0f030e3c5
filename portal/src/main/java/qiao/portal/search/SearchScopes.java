package qiao.portal.search;

import java.util.List;
import java.util.Optional;
import qiao.portal.identity.Person;

/**
 * The scopes a person may read, provided by the feature that owns them (boards, later help-center
 * sections). Every query is limited to these, so nothing outside them can be a hit, be counted, or
 * shape a snippet or a suggestion.
 */
public interface SearchScopes {

    /** The scopes this person (empty: an anonymous visitor) may read now. */
    List<Scope> readable(Optional<Person> person);
}
