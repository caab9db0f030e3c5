package qiao.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up work (migrations and what follows them) has finished; read by the readiness check. */
@ApplicationScoped
class StartupState {

    private volatile boolean ready;

    void markReady() {
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }
}
