package qiao.portal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import qiao.portal.web.FieldErrors;

class WritingRulesTest {

    @Test
    void tagsAreNormalisedAndDeduplicated() {
        FieldErrors errors = new FieldErrors();
        assertEquals(List.of("微信支付", "c++", "spring-boot", ".net"),
                WritingRules.tags(List.of(" 微信支付 ", "C++", "Spring Boot", "spring-boot", ".NET", ""), errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void theComposerFieldSplitsAtAnyCommaOrSpace() {
        assertEquals(List.of("登录", "密码", "qq", "安全", "账号"), WritingRules.splitNames(" 登录，密码, qq 安全、账号 "));
        assertEquals(List.of(), WritingRules.splitNames("   "));
    }

    @Test
    void refusesMoreThanFiveTags() {
        FieldErrors errors = new FieldErrors();
        WritingRules.tags(List.of("a1", "b2", "c3", "d4", "e5", "f6"), errors);
        assertTrue(errors.has("tags"));
    }

    @Test
    void refusesEnormousTagListsWithoutLookingAtEveryName() {
        FieldErrors errors = new FieldErrors();
        assertEquals(List.of(), WritingRules.tags(Collections.nCopies(100_000, "spam"), errors));
        assertEquals(1, errors.all().size());
        assertEquals("validation.tags.tooMany", errors.all().get(0).messageKey());
    }

    @Test
    void repeatsOfOneTagCountOnce() {
        FieldErrors errors = new FieldErrors();
        assertEquals(List.of("qq"), WritingRules.tags(Collections.nCopies(12, "QQ"), errors));
        assertTrue(errors.isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>", "a\"b", "x/y", "tag\u200Bname", "abc\u202Edef", "-dash-first", "a'b", "{{7*7}}",
            "一二三四五六七八九十一二三四五六七八九十一二三四五"})
    void refusesTagsWithOtherCharactersOrTooLong(String tag) {
        FieldErrors errors = new FieldErrors();
        WritingRules.tags(List.of(tag), errors);
        assertTrue(errors.has("tags"), tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"💬", "问", "❓", "👨‍💻", "QA"})
    void acceptsShortIcons(String icon) {
        FieldErrors errors = new FieldErrors();
        assertEquals(icon, WritingRules.icon(icon, errors));
        assertFalse(errors.has("icon"), icon);
    }

    @ParameterizedTest
    @ValueSource(strings = {"too long", "abcde", "a\u202Eb", "\u200B"})
    void refusesLongOrInvisibleIcons(String icon) {
        FieldErrors errors = new FieldErrors();
        WritingRules.icon(icon, errors);
        assertTrue(errors.has("icon"), icon);
    }

    @Test
    void noIconIsNull() {
        assertNull(WritingRules.icon("  ", new FieldErrors()));
    }
}
