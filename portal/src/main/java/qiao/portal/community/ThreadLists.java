package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import qiao.portal.identity.Caller;
import qiao.portal.web.Refusal;

/**
 * Lists of threads, a page at a time with a keyset cursor (so page 300 costs what page 1 does):
 * one board's, or one tag's across every board the caller may read.
 */
@ApplicationScoped
class ThreadLists {

    static final int THREADS_PER_PAGE = 30;

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    BoardService boards;

    @Inject
    TagService tags;

    @Inject
    TagCounts tagCounts;

    /** One page of a board's threads, in the filter's order, after the cursor if there is one. */
    @Transactional
    public ThreadList board(String boardSlug, ThreadFilter filter, ThreadCursor after) {
        Board board = boards.readable(boardSlug);
        Page page = page(List.of(board.id()), filter, null, after);
        return new ThreadList(board, page.threads(), page.next(), caller.signedIn() && board.startAccess().allows(caller.person()));
    }

    /**
     * The threads that carry a tag, latest activity first, in every board the caller may read. A tag
     * the caller cannot see (a free tag used only in boards they may not read) is as unknown as one
     * that does not exist.
     */
    @Transactional
    public AcrossBoards tagged(String tagName, ThreadCursor after) {
        Tag tag = tags.find(tagName == null ? "" : tagName).orElseThrow(Refusal::notFound);
        Map<Long, Board> readable = boards.visible().stream().collect(Collectors.toMap(Board::id, Function.identity()));
        if (!tag.managed() && !tagCounts.inBoards(readable.keySet()).containsKey(tag.id())) {
            throw Refusal.notFound();
        }
        if (readable.isEmpty()) {
            return new AcrossBoards(tag, List.of(), null, readable);
        }
        ThreadFilter filter = new ThreadFilter(ThreadOrder.LATEST, null, null, null, tag.name());
        Page page = page(List.copyOf(readable.keySet()), filter, null, after);
        return new AcrossBoards(tag, page.threads(), page.next(), readable);
    }

    /** The threads someone started, latest activity first, in every board the caller may read. */
    @Transactional
    public AcrossBoards byAuthor(long authorId, ThreadCursor after) {
        Map<Long, Board> readable = boards.visible().stream().collect(Collectors.toMap(Board::id, Function.identity()));
        if (readable.isEmpty()) {
            return new AcrossBoards(null, List.of(), null, readable);
        }
        Page page = page(List.copyOf(readable.keySet()), ThreadFilter.DEFAULT, authorId, after);
        return new AcrossBoards(null, page.threads(), page.next(), readable);
    }

    /** One page of threads across boards (a tag's, when there is one); {@code boards} holds each thread's board. */
    public record AcrossBoards(Tag tag, List<ForumThread> threads, ThreadCursor next, Map<Long, Board> boards) {
    }

    private record Page(List<ForumThread> threads, ThreadCursor next) {
    }

    private Page page(List<Long> boardIds, ThreadFilter filter, Long authorId, ThreadCursor after) {
        ThreadOrder order = filter.order();
        StringBuilder jpql = new StringBuilder("SELECT t FROM ForumThread t WHERE t.boardId IN :boards AND t.deleted = FALSE "
                + "AND t.mergedInto IS NULL");
        if (authorId != null) {
            jpql.append(" AND t.authorId = :author");
        }
        if (filter.kind() != null) {
            jpql.append(" AND t.kind = :kind");
        }
        if (filter.solved() != null) {
            jpql.append(filter.solved() ? " AND t.acceptedPostId IS NOT NULL" : " AND t.acceptedPostId IS NULL");
        }
        if (filter.status() != null) {
            jpql.append(" AND t.status = :status");
        }
        Long tagId = null;
        if (filter.tag() != null) {
            tagId = tags.find(filter.tag()).map(Tag::id).orElse(-1L);
            jpql.append(" AND t.id IN (SELECT x.threadId FROM ThreadTag x WHERE x.tagId = :tag)");
        }
        String field = "t." + order.field();
        if (after != null) {
            jpql.append(" AND (").append(field).append(" < :key OR (").append(field).append(" = :key AND t.id < :id))");
        }
        jpql.append(" ORDER BY ").append(field).append(" DESC, t.id DESC");
        var query = em.createQuery(jpql.toString(), ForumThread.class).setParameter("boards", boardIds);
        if (authorId != null) {
            query.setParameter("author", authorId);
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (tagId != null) {
            query.setParameter("tag", tagId);
        }
        if (after != null) {
            query.setParameter("key", order.parameter(after.key())).setParameter("id", after.id());
        }
        List<ForumThread> found = query.setMaxResults(THREADS_PER_PAGE + 1).getResultList();
        List<ForumThread> threads = found.stream().limit(THREADS_PER_PAGE).toList();
        ThreadCursor next = found.size() > THREADS_PER_PAGE ? ThreadCursor.after(threads.get(threads.size() - 1), order) : null;
        return new Page(threads, next);
    }
}
