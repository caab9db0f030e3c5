package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import qiao.portal.identity.Person;
import qiao.portal.search.Scope;
import qiao.portal.search.SearchScopes;

/** Boards as search scopes: a person's searches look only into the boards they may read now. */
@ApplicationScoped
class BoardSearchScopes implements SearchScopes {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    static String scope(long boardId) {
        return "board:" + boardId;
    }

    @Override
    @Transactional
    public List<Scope> readable(Optional<Person> person) {
        return em.createQuery("SELECT b FROM Board b ORDER BY b.position, b.name", Board.class).getResultStream()
                .filter(b -> b.readAccess().allows(person)).map(b -> new Scope(scope(b.id()), b.slug(), b.name())).toList();
    }
}
