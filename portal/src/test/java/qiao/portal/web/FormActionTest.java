package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormActionTest {

    @Test
    void whatPeopleWroteMayBeSentAgainFromTheirOwnPage() {
        assertEquals(new FormAction("csrf.action.reply", "/t/42", List.of("body"), true), FormAction.of("/t/42/reply"));
        assertEquals(new FormAction("csrf.action.newThread", "/b/help/new", List.of("title", "body", "tags"), true),
                FormAction.of("/b/help/new"));
        assertEquals("/t/7/posts/9/edit", FormAction.of("/t/7/posts/9/edit").page());
        assertTrue(FormAction.of("/t/7/posts/9/vote").replayable());
        assertTrue(FormAction.of("/language").replayable());
    }

    @Test
    void adminRoleModerationAndAccountFormsNeverAre() {
        for (String path : List.of("/admin/users/5/roles", "/admin/boards", "/admin/boards/help", "/admin/tags",
                "/t/4/pin", "/t/4/lock", "/t/4/move", "/t/4/merge", "/t/4/status", "/t/4/tags", "/t/4/banner",
                "/t/4/posts/5/delete", "/t/4/posts/5/restore", "/t/4/posts/5/accept", "/t/4/posts/5/original",
                "/profile", "/profile/password", "/signin", "/signup", "/signout", "/unheard-of")) {
            assertFalse(FormAction.of(path).replayable(), path);
        }
        assertEquals("csrf.action.role", FormAction.of("/admin/users/5/roles").key());
        assertEquals("/admin/users", FormAction.of("/admin/users/5/roles").page());
        assertEquals("csrf.action.moderation", FormAction.of("/t/4/posts/5/delete").key());
        assertEquals("/", FormAction.of("/unheard-of").page());
    }
}
