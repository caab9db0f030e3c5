package qiao.portal.community;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import qiao.portal.privacy.PersonalRecords;
import qiao.portal.privacy.RecordRows;

/**
 * Community's part of a person's data: the threads they started and the posts they wrote (their own words only, never
 * the replies of others), their votes, follows, drafts and the boards they moderate. Erasure keeps posts and votes —
 * threads and counts would break without them — and the author then shows as a deleted user.
 */
@ApplicationScoped
class CommunityRecords implements PersonalRecords {

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Override
    public String section() {
        return "community";
    }

    @Override
    public Object export(long accountId) {
        Map<String, Object> community = new LinkedHashMap<>();
        community.put("threads", RecordRows.of(em, "SELECT t.id, b.slug, t.kind, t.title_raw, t.created_at, t.deleted "
                + "FROM thread t JOIN board b ON b.id = t.board_id WHERE t.author_id = ?1 ORDER BY t.id", accountId,
                "id", "board", "kind", "title", "createdAt", "deleted"));
        community.put("posts", RecordRows.of(em, "SELECT id, thread_id, position, raw, created_at, updated_at, deleted_at "
                + "FROM post WHERE author_id = ?1 ORDER BY id", accountId,
                "id", "threadId", "position", "markdown", "createdAt", "updatedAt", "deletedAt"));
        community.put("threadVotes", RecordRows.of(em, "SELECT thread_id, voted_at FROM thread_vote WHERE account_id = ?1 "
                + "ORDER BY voted_at", accountId, "threadId", "votedAt"));
        community.put("postVotes", RecordRows.of(em, "SELECT post_id, voted_at FROM post_vote WHERE account_id = ?1 "
                + "ORDER BY voted_at", accountId, "postId", "votedAt"));
        community.put("follows", RecordRows.of(em, "SELECT target_type, target_id, created_at FROM follow "
                + "WHERE account_id = ?1 ORDER BY created_at", accountId, "type", "id", "createdAt"));
        community.put("drafts", RecordRows.of(em, "SELECT draft_key, title, body, saved_at FROM draft WHERE account_id = ?1 "
                + "ORDER BY saved_at", accountId, "key", "title", "body", "savedAt"));
        community.put("moderatedBoards", RecordRows.of(em, "SELECT b.slug FROM board_moderator m JOIN board b "
                + "ON b.id = m.board_id WHERE m.account_id = ?1 ORDER BY b.slug", accountId, "board"));
        return community;
    }

    @Override
    public void erase(long accountId) {
        for (String table : new String[] {"follow", "draft", "board_moderator"}) {
            RecordRows.delete(em, table, accountId);
        }
    }
}
