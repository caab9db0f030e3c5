package qiao.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import qiao.api.settings.Settings;

class GreetingSettingsReaderTest {

    private static Settings settings(Map<String, String> stored) {
        return new GreetingsLifecycle().settingsSchema().of(stored);
    }

    @Test
    void theDefaultsAreGreetingSettingsDefaults() {
        GreetingSettingsReader.Read read = GreetingSettingsReader.read(settings(Map.of()));
        assertEquals(GreetingSettings.defaults(), read.settings());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void eachSettingIsRead() {
        GreetingSettingsReader.Read read = GreetingSettingsReader.read(settings(Map.of(
                "festivals", "SPRING_FESTIVAL\nmid_autumn_festival",
                "site-days", "teachers-day|09-10|教师节|Teachers' Day",
                "birthdays", "false",
                "message.zh-CN", "{name}，{occasion}好！",
                "message.en", "Good {occasion}, {name}",
                "birthday.zh-CN", "{name}，生日好！",
                "birthday.en", "Good birthday, {name}")));
        GreetingSettings defaults = GreetingSettings.defaults();
        assertEquals(new GreetingSettings(EnumSet.of(Festival.SPRING_FESTIVAL, Festival.MID_AUTUMN_FESTIVAL),
                List.of(new SiteDay("teachers-day", MonthDay.of(9, 10), "教师节", "Teachers' Day")), false,
                Map.of("zh-CN", "{name}，{occasion}好！", "en", "Good {occasion}, {name}"), defaults.messagesOf(),
                Map.of("zh-CN", "{name}，生日好！", "en", "Good birthday, {name}")), read.settings());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void unknownFestivalsAndBadDaysAreLeftOutAndReported() {
        GreetingSettingsReader.Read read = GreetingSettingsReader.read(settings(Map.of(
                "festivals", "NATIONAL_DAY\nHALLOWEEN",
                "site-days", "founding|13-01|建站日|Founding Day")));
        assertEquals(EnumSet.of(Festival.NATIONAL_DAY), read.settings().festivals());
        assertEquals(List.of(), read.settings().siteDays());
        assertEquals(List.of("festivals: no festival HALLOWEEN (known: " + EnumSet.allOf(Festival.class) + ")",
                "site-days: \"founding|13-01|建站日|Founding Day\" refused: no such day: 13-01"), read.problems());
    }

    @Test
    void noFestivalsChosenIsNone() {
        assertEquals(EnumSet.noneOf(Festival.class), GreetingSettingsReader.read(settings(Map.of("festivals", ""))).settings().festivals());
    }

    @Test
    void aBlankMessageFallsBackToTheDefault() {
        assertEquals("{name}，祝您{occasion}快乐！",
                GreetingSettingsReader.read(settings(Map.of("message.zh-CN", " "))).settings().messages().get("zh-CN"));
    }
}
