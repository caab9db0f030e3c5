package qiao.portal.backup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** One backup: when and by whom it was asked for, how far it has come, and where its archive is. */
@Entity
@Table(name = "backup")
public class Backup {

    /** Where a backup stands. */
    public enum State {
        RUNNING, DONE, FAILED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @SequenceGenerator(name = "backup_seq", sequenceName = "backup_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "backup_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private State state;

    private boolean scheduled;

    @Column(name = "file_name")
    private String fileName;

    private String node;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    private Long bytes;

    @Column(name = "rows_total")
    private long rowsTotal;

    @Column(name = "rows_done")
    private long rowsDone;

    private String error;

    protected Backup() {
    }

    Backup(boolean scheduled, String node, Long createdBy, Instant now) {
        this.state = State.RUNNING;
        this.scheduled = scheduled;
        this.node = node;
        this.createdBy = createdBy;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.fileName = "";
    }

    void named(String fileName) {
        this.fileName = fileName;
    }

    void progressed(long done, long total) {
        this.rowsDone = done;
        this.rowsTotal = total;
    }

    void done(long bytes, Instant now) {
        this.state = State.DONE;
        this.bytes = bytes;
        this.finishedAt = now.atOffset(ZoneOffset.UTC);
    }

    void failed(String error, Instant now) {
        this.state = State.FAILED;
        this.error = error.length() > 1000 ? error.substring(0, 1000) : error;
        this.finishedAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public boolean scheduled() {
        return scheduled;
    }

    String fileName() {
        return fileName;
    }

    public String node() {
        return node;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant finishedAt() {
        return finishedAt == null ? null : finishedAt.toInstant();
    }

    public Long bytes() {
        return bytes;
    }

    /** How far a running backup has come, 0 to 100. */
    public int percent() {
        return state == State.DONE ? 100 : rowsTotal == 0 ? 0 : (int) Math.min(99, rowsDone * 100 / rowsTotal);
    }

    public String error() {
        return error;
    }
}
