package qiao.portal.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** That a thread carries a tag: the rows a board list filtered by tag starts from. */
@Entity
@Table(name = "thread_tag")
@IdClass(ThreadTag.Key.class)
public class ThreadTag {

    @Id
    @Column(name = "thread_id")
    private long threadId;

    @Id
    @Column(name = "tag_id")
    private long tagId;

    protected ThreadTag() {
    }

    ThreadTag(long threadId, long tagId) {
        this.threadId = threadId;
        this.tagId = tagId;
    }

    /** The composite key: a thread and a tag (a class, not a record: JPA builds it empty and fills it). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long threadId;
        private long tagId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.threadId == threadId && k.tagId == tagId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(threadId) * 31 + Long.hashCode(tagId);
        }
    }
}
