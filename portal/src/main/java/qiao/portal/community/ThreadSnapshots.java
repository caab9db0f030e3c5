package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import qiao.api.portal.PostView;
import qiao.api.portal.ThreadView;

/**
 * Threads and posts as plugins see them (the SDK's views): what the site shows, masked, and nothing deleted. Who may
 * read them is {@link ThreadAccess}'s to say, asked separately.
 */
@ApplicationScoped
public class ThreadSnapshots {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    public Optional<ThreadView> thread(long threadId) {
        ForumThread t = em.find(ForumThread.class, threadId);
        if (t == null || t.deleted()) {
            return Optional.empty();
        }
        return Optional.of(new ThreadView(t.id(), t.boardId(), t.title(), t.kind().key(),
                t.authorId(), t.solved(), t.locked(), t.tags(), t.replyCount(), t.createdAt(), t.lastActivityAt()));
    }

    public Optional<PostView> post(long postId) {
        Post p = em.find(Post.class, postId);
        if (p == null || p.deleted() || thread(p.threadId()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PostView(p.id(), p.threadId(), p.authorId(), qiao.portal.privacy.PersonalData.mask(p.raw()),
                p.position() == 0, p.createdAt()));
    }
}
