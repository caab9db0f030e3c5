package qiao.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Random secrets the whole site shares (for example the key that signs CSRF tokens). Each is made
 * once, by whichever node starts first, and kept in the database so that every node of a cluster
 * uses the same one.
 */
@ApplicationScoped
public class SiteSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SiteSecretStore store;

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    void loadAtStartup(@Observes SchemaReady ready) {
        csrfKey();
    }

    /** The HMAC key for CSRF tokens, 32 random bytes. */
    public byte[] csrfKey() {
        return cache.computeIfAbsent("csrf-key", this::loadOrCreate);
    }

    private byte[] loadOrCreate(String name) {
        String stored = store.find(name).orElseGet(() -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try {
                store.insert(name, Base64.getEncoder().encodeToString(fresh));
            } catch (PersistenceException lostRaceToAnotherNode) {
                // the other node's secret is the one every node will use
            }
            return store.find(name).orElseThrow();
        });
        return Base64.getDecoder().decode(stored);
    }
}
