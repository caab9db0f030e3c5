package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8, ::1, 192.168.1.128/25");

    @Test
    void matchesAddressesAndRanges() {
        assertTrue(proxies.trusts("127.0.0.1"));
        assertTrue(proxies.trusts("10.200.3.4"));
        assertTrue(proxies.trusts("::1"));
        assertTrue(proxies.trusts("192.168.1.200"));
        assertFalse(proxies.trusts("192.168.1.100"));
        assertFalse(proxies.trusts("11.0.0.1"));
        assertFalse(proxies.trusts("localhost"), "names are never looked up");
        assertFalse(TrustedProxies.parse("").trusts("127.0.0.1"), "nobody is trusted by default");
    }

    @Test
    void theClientIsTheNearestUntrustedForwardedAddress() {
        assertEquals("203.0.113.7", proxies.client("127.0.0.1", List.of("203.0.113.7")));
        assertEquals("203.0.113.7", proxies.client("127.0.0.1", List.of("198.51.100.1, 203.0.113.7, 10.1.1.1")),
                "what the client itself sent (on the left) proves nothing");
        assertEquals("203.0.113.7", proxies.client("10.0.0.5", List.of("6.6.6.6", "203.0.113.7:5555")));
        assertEquals("2001:db8::1", proxies.client("::1", List.of("[2001:db8::1]:443")));
    }

    @Test
    void nobodyElseCanClaimAnAddress() {
        assertEquals("203.0.113.9", proxies.client("203.0.113.9", List.of("1.2.3.4")));
        assertEquals("127.0.0.1", proxies.client("127.0.0.1", List.of("not-an-address")), "garbage from a proxy: its own");
        assertEquals("127.0.0.1", proxies.client("127.0.0.1", List.of()));
    }

    @Test
    void aTypoInTheSettingIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.internal"));
    }
}
