package qiao.portal.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import qiao.portal.web.FieldErrors;
import qiao.portal.web.InvalidInput;

/** The log of staff looks at unmasked personal data: every look needs a reason and leaves a row. */
@ApplicationScoped
public class RevealLog {

    static final int REASON_MAX = 500;
    private static final Logger AUDIT = Logger.getLogger("qiao.audit.privacy");

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    /** Records the look; a blank or overlong reason is refused and nothing is shown. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(long postId, long staffAccountId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw InvalidInput.of("reason", "validation.required");
        }
        if (why.codePointCount(0, why.length()) > REASON_MAX) {
            throw new InvalidInput(new FieldErrors().add("reason", "validation.tooLong", REASON_MAX));
        }
        em.persist(new PersonalDataReveal(postId, staffAccountId, why, clock.instant()));
        AUDIT.info(() -> "Personal data of post " + postId + " revealed to account " + staffAccountId + ": " + why);
    }

    @Transactional
    public List<PersonalDataReveal> forPost(long postId) {
        return em.createQuery("SELECT r FROM PersonalDataReveal r WHERE r.postId = :p ORDER BY r.revealedAt DESC",
                PersonalDataReveal.class).setParameter("p", postId).getResultList();
    }
}
