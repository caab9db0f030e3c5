package qiao.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.DefaultVersionManager;

/** The {@code plugin} and {@code plugin_file} rows; every change raises the row's generation. */
@ApplicationScoped
class PluginRecords {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String COLUMNS = "id, version, requires, description, bundled, file_name, file_sha256, enabled, settings, "
            + "failures, last_error, last_error_at, disabled_reason, generation";
    private static final int ERROR_MAX = 2000;

    @PersistenceContext(unitName = "qiao")
    EntityManager em;

    @Inject
    Clock clock;

    List<PluginRow> all() {
        return rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM plugin ORDER BY id").getResultList());
    }

    Optional<PluginRow> find(String id) {
        return rows(em.createNativeQuery("SELECT " + COLUMNS + " FROM plugin WHERE id = ?1").setParameter(1, id).getResultList())
                .stream().findFirst();
    }

    /** Each plugin's generation, by id: what a node polls to see whether anything changed. */
    Map<String, Long> generations() {
        Map<String, Long> generations = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, generation FROM plugin").getResultList()) {
            Object[] r = (Object[]) row;
            generations.put((String) r[0], ((Number) r[1]).longValue());
        }
        return generations;
    }

    Optional<byte[]> file(String id) {
        List<?> rows = em.createNativeQuery("SELECT content FROM plugin_file WHERE plugin_id = ?1").setParameter(1, id).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((byte[]) rows.get(0));
    }

    /** Records a bundled plugin the site has not seen (enabled or not), or the newer version of one it has; true if written. */
    @Transactional
    boolean offerBundled(PluginFile file, boolean enabled) {
        Optional<PluginRow> known = find(file.id());
        if (known.isEmpty()) {
            insert(file, true, enabled);
            return true;
        }
        PluginRow row = known.get();
        if (row.bundled() && !row.sha256().equals(file.sha256()) && new DefaultVersionManager().compareVersions(file.version(), row.version()) > 0) {
            em.createNativeQuery("UPDATE plugin SET version = ?2, requires = ?3, description = ?4, file_name = ?5, file_sha256 = ?6, "
                            + "generation = generation + 1, updated_at = ?7 WHERE id = ?1")
                    .setParameter(1, file.id()).setParameter(2, file.version()).setParameter(3, file.requires())
                    .setParameter(4, file.description()).setParameter(5, file.fileName()).setParameter(6, file.sha256())
                    .setParameter(7, now()).executeUpdate();
            jobsDueAtOnce(file.id());
            return true;
        }
        return false;
    }

    /** Installs an uploaded plugin, or replaces the installed file of one (its settings, state and records stay). */
    @Transactional
    void install(PluginFile file, byte[] content) {
        if (find(file.id()).isPresent()) {
            em.createNativeQuery("UPDATE plugin SET version = ?2, requires = ?3, description = ?4, bundled = FALSE, file_name = ?5, "
                            + "file_sha256 = ?6, failures = 0, last_error = NULL, last_error_at = NULL, disabled_reason = NULL, "
                            + "generation = generation + 1, updated_at = ?7 WHERE id = ?1")
                    .setParameter(1, file.id()).setParameter(2, file.version()).setParameter(3, file.requires())
                    .setParameter(4, file.description()).setParameter(5, file.fileName()).setParameter(6, file.sha256())
                    .setParameter(7, now()).executeUpdate();
            em.createNativeQuery("DELETE FROM plugin_file WHERE plugin_id = ?1").setParameter(1, file.id()).executeUpdate();
            jobsDueAtOnce(file.id());
        } else {
            insert(file, false, true);
        }
        em.createNativeQuery("INSERT INTO plugin_file (plugin_id, sha256, content) VALUES (?1, ?2, ?3)")
                .setParameter(1, file.id()).setParameter(2, file.sha256()).setParameter(3, content).executeUpdate();
    }

    private void insert(PluginFile file, boolean bundled, boolean enabled) {
        em.createNativeQuery("INSERT INTO plugin (" + COLUMNS + ", updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '{}', 0, NULL, NULL, "
                        + "NULL, 1, ?9)")
                .setParameter(1, file.id()).setParameter(2, file.version()).setParameter(3, file.requires())
                .setParameter(4, file.description()).setParameter(5, bundled).setParameter(6, file.fileName())
                .setParameter(7, file.sha256()).setParameter(8, enabled).setParameter(9, now()).executeUpdate();
    }

    /** An admin's enable (which forgets the failures and makes the jobs due at once) or disable; true if the plugin exists. */
    @Transactional
    boolean enable(String id, boolean enabled) {
        boolean found = em.createNativeQuery("UPDATE plugin SET enabled = ?2, failures = 0, disabled_reason = NULL, "
                        + "generation = generation + 1, updated_at = ?3 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, enabled).setParameter(3, now()).executeUpdate() == 1;
        if (found && enabled) {
            jobsDueAtOnce(id);
        }
        return found;
    }

    /** Stores an admin's settings; the plugin's jobs are due at once, so they run with them. */
    @Transactional
    boolean saveSettings(String id, Map<String, String> settings) {
        boolean found = em.createNativeQuery("UPDATE plugin SET settings = ?2, generation = generation + 1, updated_at = ?3 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, JSON.toJson(settings)).setParameter(3, now()).executeUpdate() == 1;
        jobsDueAtOnce(id);
        return found;
    }

    /** Forgets when the plugin's jobs run next, so each is due at once (see {@link PluginJobs}); in the change's transaction. */
    private void jobsDueAtOnce(String id) {
        em.createNativeQuery("DELETE FROM plugin_job WHERE plugin_id = ?1").setParameter(1, id).executeUpdate();
    }

    /** Counts a failure of a running plugin; returns the count since it was last enabled. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    int failed(String id, String error) {
        em.createNativeQuery("UPDATE plugin SET failures = failures + 1, last_error = ?2, last_error_at = ?3 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, cut(error)).setParameter(3, now()).executeUpdate();
        return find(id).map(PluginRow::failures).orElse(0);
    }

    /** Stops a plugin that keeps failing, saying why; false if it was already stopped. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean autoDisable(String id, String reason) {
        return em.createNativeQuery("UPDATE plugin SET enabled = FALSE, disabled_reason = ?2, generation = generation + 1, updated_at = ?3 "
                        + "WHERE id = ?1 AND enabled = TRUE")
                .setParameter(1, id).setParameter(2, cut(reason)).setParameter(3, now()).executeUpdate() == 1;
    }

    /** Removes a plugin, and with {@code data} its records, queued events and job times; true if it was there. */
    @Transactional
    boolean delete(String id, boolean data) {
        if (data) {
            for (String table : List.of("plugin_data", "plugin_user_data", "plugin_job")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE plugin_id = ?1").setParameter(1, id).executeUpdate();
            }
        }
        em.createNativeQuery("DELETE FROM plugin_event WHERE plugin_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM plugin_file WHERE plugin_id = ?1").setParameter(1, id).executeUpdate();
        return em.createNativeQuery("DELETE FROM plugin WHERE id = ?1").setParameter(1, id).executeUpdate() == 1;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text) {
        return text == null || text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX);
    }

    @SuppressWarnings("unchecked")
    private static List<PluginRow> rows(List<?> rows) {
        return rows.stream().map(o -> {
            Object[] r = (Object[]) o;
            Map<String, String> settings = JSON.fromJson((String) r[8], Map.class);
            return new PluginRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (Boolean) r[4], (String) r[5],
                    (String) r[6], (Boolean) r[7], settings, ((Number) r[9]).intValue(), (String) r[10], instant(r[11]),
                    (String) r[12], ((Number) r[13]).longValue());
        }).toList();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime t -> t.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            case Instant t -> t;
            default -> throw new IllegalStateException("a moment as " + value.getClass());
        };
    }
}
