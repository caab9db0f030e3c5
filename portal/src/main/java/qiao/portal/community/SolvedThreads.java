package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import qiao.portal.identity.AccountService;
import qiao.portal.identity.Author;
import qiao.portal.privacy.PersonalData;
import qiao.portal.web.Refusal;

/**
 * A solved question with its accepted answer, as the caller may read it, for another feature to build on
 * (the help center turns it into an article). Texts are the Markdown as written with personal data
 * masked, never the original.
 */
@ApplicationScoped
public class SolvedThreads {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    ThreadAccess access;

    @Inject
    AccountService accounts;

    /** A solved thread: its title, question and answer (masked Markdown), who asked and who answered. */
    public record Solved(long id, String title, String question, String answer, Author asker, Author answerer, String url) {
    }

    /**
     * The thread, if the caller may read it and it is solved.
     *
     * @throws Refusal 404 when the caller may not read it (or it is gone), 409 when it has no accepted answer
     */
    @Transactional
    public Solved read(long threadId) {
        ForumThread thread = access.live(threadId);
        if (thread.acceptedPostId() == null) {
            throw Refusal.conflict("help.promote.unsolved");
        }
        Post question = em.createQuery("SELECT p FROM Post p WHERE p.threadId = :t AND p.position = 0", Post.class)
                .setParameter("t", threadId).getSingleResult();
        Post answer = em.find(Post.class, thread.acceptedPostId());
        if (answer == null || answer.deleted()) {
            throw Refusal.conflict("help.promote.unsolved");
        }
        Map<Long, Author> authors = accounts.authors(List.of(question.authorId(), answer.authorId()));
        return new Solved(thread.id(), thread.title(), PersonalData.mask(question.raw()), PersonalData.mask(answer.raw()),
                authors.get(question.authorId()), authors.get(answer.authorId()), "/t/" + thread.id());
    }
}
