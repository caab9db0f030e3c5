package qiao.api.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A job written for SDK 1.0 runs unchanged on 1.1. */
class ScheduledJobTest {

    private record Sdk10Job(Duration interval) implements ScheduledJob {

        @Override
        public String name() {
            return "old";
        }

        @Override
        @SuppressWarnings("deprecation")
        public Duration every() {
            return interval;
        }

        @Override
        public void run(PluginContext context) {
        }
    }

    @Test
    void anSdk10JobsIntervalIsItsSchedule() {
        assertEquals(Schedule.every(Duration.ofMinutes(5)), new Sdk10Job(Duration.ofMinutes(5)).schedule());
        assertEquals(Schedule.every(Duration.ofSeconds(1)), new Sdk10Job(Duration.ofMillis(10)).schedule(), "as 1.0 did: a second at least");
        assertEquals(Schedule.every(Duration.ofSeconds(1)), new Sdk10Job(null).schedule());
    }

    @Test
    void aJobWithNeitherSaysSo() {
        ScheduledJob neither = new ScheduledJob() {
            @Override
            public String name() {
                return "lost";
            }

            @Override
            public void run(PluginContext context) {
            }
        };
        assertEquals("the job lost gives neither schedule() nor every()",
                assertThrows(IllegalStateException.class, neither::schedule).getMessage());
    }
}
