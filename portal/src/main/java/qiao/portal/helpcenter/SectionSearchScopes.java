package qiao.portal.helpcenter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import qiao.portal.identity.Person;
import qiao.portal.search.Scope;
import qiao.portal.search.SearchScopes;

/** Help-center sections as search scopes: searches look only into the sections a person may read. */
@ApplicationScoped
class SectionSearchScopes implements SearchScopes {

    @Inject
    HelpSections sections;

    @Override
    public List<Scope> readable(Optional<Person> person) {
        return sections.readableBy(person).stream().map(s -> new Scope(ArticleSearchSource.scope(s.id()), s.slug(), s.name())).toList();
    }
}
