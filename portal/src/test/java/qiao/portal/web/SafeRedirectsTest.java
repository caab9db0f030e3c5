package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/profile", "/admin/users?q=a&page=2", "/t/%E4%B8%AD"})
    void keepsLocalPaths(String path) {
        assertEquals(path, SafeRedirects.local(path).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)",
            "evil", "", "/\r\nSet-Cookie:x=1", "http:/evil"})
    void sendsEverythingElseHome(String target) {
        assertEquals("/", SafeRedirects.local(target).toString());
    }
}
