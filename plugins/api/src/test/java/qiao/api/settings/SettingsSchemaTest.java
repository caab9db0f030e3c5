package qiao.api.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsSchemaTest {

    private final SettingsSchema schema = SettingsSchema.builder()
            .bool("birthdays", true)
            .string("title", "节日祝福")
            .text("message", "{name}，祝您{occasion}快乐！")
            .number("days", 1, 1, 7)
            .choice("banner", "top", List.of("top", "bottom"))
            .list("occasions", List.of("SPRING_FESTIVAL", "MID_AUTUMN_FESTIVAL"))
            .timeZone("zone", "Asia/Shanghai")
            .language("language", "zh-CN")
            .build();

    @Test
    void untilAnAdminSetsThemTheDefaultsHold() {
        Settings settings = schema.of(Map.of());
        assertEquals(true, settings.bool("birthdays"));
        assertEquals(1, settings.number("days"));
        assertEquals(List.of("SPRING_FESTIVAL", "MID_AUTUMN_FESTIVAL"), settings.list("occasions"));
        assertEquals(ZoneId.of("Asia/Shanghai"), settings.zone("zone"));
        assertEquals(List.of("birthdays", "title", "message", "days", "banner", "occasions", "zone", "language"),
                List.copyOf(settings.all().keySet()));
    }

    @Test
    void changesAreCheckedAndNormalised() throws InvalidSettings {
        Settings changed = schema.change(schema.of(Map.of()), Map.of("days", " 3 ", "occasions", "QIXI\r\n\r\n  NEW_YEAR \n",
                "message", "第一行\r\n第二行", "birthdays", "false"));
        assertEquals(3, changed.number("days"));
        assertEquals(List.of("QIXI", "NEW_YEAR"), changed.list("occasions"));
        assertEquals("第一行\n第二行", changed.text("message"));
        assertEquals(false, changed.bool("birthdays"));
        assertEquals("top", changed.text("banner"));
    }

    @Test
    void everyRefusedValueIsNamedAndNothingIsChanged() {
        InvalidSettings refused = assertThrows(InvalidSettings.class, () -> schema.change(schema.of(Map.of()), Map.of(
                "days", "8", "banner", "middle", "zone", "Mars/Olympus", "language", "fr", "title", "两\n行",
                "birthdays", "yes", "nothing", "1", "occasions", "x".repeat(201))));
        Map<String, InvalidSettings.Problem> problems = refused.problems();
        assertEquals(new InvalidSettings.Problem("settings.number.range", List.of(1L, 7L)), problems.get("days"));
        assertEquals(new InvalidSettings.Problem("settings.choice", List.of("top, bottom")), problems.get("banner"));
        assertEquals("settings.timeZone", problems.get("zone").messageKey());
        assertEquals("settings.language", problems.get("language").messageKey());
        assertEquals("settings.string.oneLine", problems.get("title").messageKey());
        assertEquals("settings.boolean", problems.get("birthdays").messageKey());
        assertEquals("settings.unknown", problems.get("nothing").messageKey());
        assertEquals(new InvalidSettings.Problem("settings.tooLong", List.of(200)), problems.get("occasions"));
        assertEquals(8, problems.size());
    }

    @Test
    void storedKeysNoLongerDeclaredAreDropped() {
        Settings settings = schema.of(Map.of("birthdays", "false", "old", "x"));
        assertEquals("false", settings.text("birthdays"));
        assertEquals(false, settings.all().containsKey("old"));
        assertThrows(IllegalArgumentException.class, () -> settings.text("old"));
    }

    @Test
    void aSchemaRefusesBadDeclarations() {
        assertThrows(IllegalArgumentException.class, () -> SettingsSchema.builder().number("n", 9, 1, 7));
        assertThrows(IllegalArgumentException.class, () -> SettingsSchema.builder().bool("a", true).bool("a", false));
        assertThrows(IllegalArgumentException.class, () -> SettingsSchema.builder().string("Bad Key", ""));
        assertThrows(IllegalArgumentException.class, () -> SettingsSchema.builder().choice("c", "a", List.of()));
    }

    @Test
    void aKeyMayEndInALanguageTagButNotStartWithACapital() {
        assertEquals("message.zh-CN", SettingsSchema.builder().string("message.zh-CN", "你好").build().settings().get(0).key());
        assertThrows(IllegalArgumentException.class, () -> SettingsSchema.builder().string("Message", "hi"));
        assertThrows(IllegalArgumentException.class, () -> SettingsSchema.builder().string("message_zh", "hi"));
    }
}
