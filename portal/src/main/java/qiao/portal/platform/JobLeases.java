package qiao.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;

/**
 * Leases in the database that let exactly one node of a cluster run a scheduled job: a node takes
 * the lease for a while, and the others find it held. A lease that runs out (its node died) can be
 * taken by the next one that asks.
 */
@ApplicationScoped
public class JobLeases {

    @Inject
    LeaseRows rows;

    /** This process, as a lease holder: its host, its server's name and its process id. */
    public static String thisProcess() {
        String server = System.getProperty("wlp.server.name", "qiao");
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + server + "/" + ProcessHandle.current().pid();
        } catch (IOException e) {
            return "localhost/" + server + "/" + ProcessHandle.current().pid();
        }
    }

    /** Takes the lease for {@code holder} for a while, if nobody else holds it; returns whether it did. */
    public boolean take(String name, String holder, Duration lasting) {
        if (rows.renew(name, holder, lasting)) {
            return true;
        }
        try {
            return rows.create(name, holder, lasting);
        } catch (PersistenceException | TransactionalException anotherNodeWasFaster) {
            return false;
        }
    }

    /** Gives the lease back at once, so the next holder need not wait for it to run out. */
    public void release(String name, String holder) {
        rows.release(name, holder);
    }
}
