package qiao.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {

    private Instant now = Instant.parse("2026-12-02T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final AtomicInteger computed = new AtomicInteger();

    private String compute(String key) {
        return key + computed.incrementAndGet();
    }

    @Test
    void aValueIsWorkedOutOnceUntilItExpires() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(10, Duration.ofSeconds(60), clock);
        assertEquals("a1", cache.get("a", () -> compute("a")));
        now = now.plusSeconds(59);
        assertEquals("a1", cache.get("a", () -> compute("a")));
        now = now.plusSeconds(1);
        assertEquals("a2", cache.get("a", () -> compute("a")));
    }

    @Test
    void theLeastRecentlyUsedGoesFirstWhenFull() {
        ExpiringCache<String, String> cache = new ExpiringCache<>(2, Duration.ofSeconds(60), clock);
        cache.get("a", () -> compute("a"));
        cache.get("b", () -> compute("b"));
        cache.get("a", () -> compute("a"));
        cache.get("c", () -> compute("c"));
        assertEquals(2, cache.size());
        assertEquals("a1", cache.get("a", () -> compute("a")));
        assertEquals("b4", cache.get("b", () -> compute("b")));
    }
}
