package qiao.portal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    @Test
    void eachFailureBeyondTheAllowanceDoublesTheWaitUpToAMinute() {
        assertEquals(Duration.ofSeconds(1), SignInThrottle.slowdown(0));
        assertEquals(Duration.ofSeconds(2), SignInThrottle.slowdown(1));
        assertEquals(Duration.ofSeconds(32), SignInThrottle.slowdown(5));
        assertEquals(Duration.ofSeconds(60), SignInThrottle.slowdown(6));
        assertEquals(Duration.ofSeconds(60), SignInThrottle.slowdown(1_000_000));
    }
}
