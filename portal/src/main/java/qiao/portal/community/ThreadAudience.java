package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import qiao.portal.content.MarkdownCooker;

/**
 * Who has a stake in a thread, for features that tell people about it (notify): its author, its
 * followers and voters, the people a post mentions. Whether they may still read it is not decided
 * here; ask {@link ThreadAccess#readers}.
 */
@ApplicationScoped
public class ThreadAudience {

    /** A thread as others need it: its board, its (masked) title and who started it. */
    public record ThreadFacts(long id, long boardId, String title, long authorId) {
    }

    /** A post as others need it: who wrote it, where, and whom it mentions (usernames, lower case). */
    public record PostFacts(long id, long threadId, long authorId, Set<String> mentions) {
    }

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    FollowService follows;

    @Inject
    VoteService votes;

    @Transactional
    public Optional<ThreadFacts> thread(long threadId) {
        return Optional.ofNullable(em.find(ForumThread.class, threadId))
                .map(t -> new ThreadFacts(t.id(), t.boardId(), t.title(), t.authorId()));
    }

    @Transactional
    public Optional<PostFacts> post(long postId) {
        return Optional.ofNullable(em.find(Post.class, postId))
                .map(p -> new PostFacts(p.id(), p.threadId(), p.authorId(), MarkdownCooker.mentionsIn(p.html())));
    }

    @Transactional
    public Set<Long> threadFollowers(long threadId) {
        return follows.followers(FollowService.THREAD, threadId);
    }

    @Transactional
    public Set<Long> boardFollowers(long boardId) {
        return follows.followers(FollowService.BOARD, boardId);
    }

    /** Who voted for a suggestion. */
    @Transactional
    public Set<Long> voters(long threadId) {
        return votes.voters(threadId);
    }
}
