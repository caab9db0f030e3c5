package qiao.portal.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The backup rows: each change in a transaction of its own, so progress shows while the backup runs. */
@ApplicationScoped
class BackupRecords {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Backup begin(boolean scheduled, String node, Long createdBy) {
        Backup backup = new Backup(scheduled, node, createdBy, clock.instant());
        em.persist(backup);
        em.flush();
        backup.named("qiao-backup-" + FILE_TIME.format(backup.createdAt().atOffset(ZoneOffset.UTC)) + "-" + backup.id() + ".zip");
        return backup;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progressed(long id, long done, long total) {
        find(id).ifPresent(b -> b.progressed(done, total));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void done(long id, long bytes) {
        find(id).ifPresent(b -> b.done(bytes, clock.instant()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String error) {
        find(id).ifPresent(b -> b.failed(error, clock.instant()));
    }

    /** Backups this node left running when it stopped (or crashed) never finish: they are marked failed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int interrupted(String node) {
        List<Backup> running = em.createQuery("SELECT b FROM Backup b WHERE b.state = :s AND b.node = :n", Backup.class)
                .setParameter("s", Backup.State.RUNNING).setParameter("n", node).getResultList();
        running.forEach(b -> b.failed("interrupted: the server stopped while the backup ran", clock.instant()));
        return running.size();
    }

    @Transactional
    public Optional<Backup> find(long id) {
        return Optional.ofNullable(em.find(Backup.class, id));
    }

    /** The newest first. */
    @Transactional
    public List<Backup> all() {
        return em.createQuery("SELECT b FROM Backup b ORDER BY b.createdAt DESC, b.id DESC", Backup.class)
                .setMaxResults(100).getResultList();
    }

    @Transactional
    public boolean anyRunning() {
        return !em.createQuery("SELECT b.id FROM Backup b WHERE b.state = :s").setParameter("s", Backup.State.RUNNING)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Transactional
    public Optional<Backup> lastScheduled() {
        return em.createQuery("SELECT b FROM Backup b WHERE b.scheduled = TRUE AND b.state <> :failed "
                        + "ORDER BY b.createdAt DESC", Backup.class)
                .setParameter("failed", Backup.State.FAILED).setMaxResults(1).getResultStream().findFirst();
    }

    /** Scheduled backups beyond the newest {@code keep} that are done or failed. */
    @Transactional
    public List<Backup> scheduledBeyond(int keep) {
        return em.createQuery("SELECT b FROM Backup b WHERE b.scheduled = TRUE AND b.state <> :running "
                        + "ORDER BY b.createdAt DESC, b.id DESC", Backup.class)
                .setParameter("running", Backup.State.RUNNING).setFirstResult(keep).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delete(long id) {
        find(id).ifPresent(em::remove);
    }
}
