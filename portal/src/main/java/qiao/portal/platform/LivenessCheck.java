package qiao.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live means the JVM still has head-room: every heap pool is below 95 % of its maximum right after
 * its last collection (garbage waiting to be collected does not count).
 */
@Liveness
@ApplicationScoped
class LivenessCheck implements HealthCheck {

    private static final double MAX_SHARE_AFTER_GC = 0.95;

    @Override
    public HealthCheckResponse call() {
        double worst = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc != null && afterGc.getMax() > 0) {
                worst = Math.max(worst, (double) afterGc.getUsed() / afterGc.getMax());
            }
        }
        return HealthCheckResponse.named("heap")
                .withData("worstPoolPercentAfterGc", Math.round(worst * 100))
                .status(worst < MAX_SHARE_AFTER_GC)
                .build();
    }
}
