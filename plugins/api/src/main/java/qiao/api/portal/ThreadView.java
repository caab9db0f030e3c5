package qiao.api.portal;

import java.time.Instant;
import java.util.List;

/**
 * A thread as the site shows it; the title has personal data masked.
 *
 * @param kind   {@code question}, {@code discussion}, {@code suggestion} or {@code announcement}
 * @param solved whether a question has an accepted answer
 */
public record ThreadView(long id, long boardId, String title, String kind, long authorId, boolean solved, boolean closed,
        List<String> tags, int replies, Instant createdAt, Instant lastPostAt) {

    public ThreadView {
        tags = List.copyOf(tags);
    }
}
