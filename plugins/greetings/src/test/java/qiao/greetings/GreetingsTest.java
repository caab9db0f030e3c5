package qiao.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import qiao.greetings.Greetings.Greeting;

class GreetingsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private final Greetings greetings = new Greetings(new FestivalCalendar());
    private final GreetingSettings defaults = GreetingSettings.defaults();

    private static List<String> texts(List<Greeting> greetings) {
        return greetings.stream().map(Greeting::text).toList();
    }

    @Test
    void eachPersonIsGreetedOnTheDayItIsWhereTheyAreInTheirLanguage() {
        Instant moment = Instant.parse("2026-02-16T16:30:00Z");
        List<Greeting> inShanghai = greetings.of(new Recipient("张三", SHANGHAI, "zh-CN", Optional.empty()), moment, defaults);
        assertEquals(List.of("张三，祝您春节快乐！"), texts(inShanghai));
        assertEquals(new Occasion("SPRING_FESTIVAL/2026", "春节", false), inShanghai.get(0).occasion());
        assertEquals(List.of("Li, a happy reunion on Chinese New Year's Eve!"),
                texts(greetings.of(new Recipient("Li", LOS_ANGELES, "en-US", Optional.empty()), moment, defaults)));
    }

    @Test
    void qingmingIsNotHappy() {
        assertEquals(List.of("张三，清明时节，愿您与家人安康。"),
                texts(greetings.on(new Recipient("张三", SHANGHAI, "zh-CN", Optional.empty()), LocalDate.of(2026, 4, 5), defaults)));
    }

    @Test
    void twoOccasionsOnOneDayAreTwoGreetings() {
        List<Greeting> day = greetings.on(new Recipient("张三", SHANGHAI, "zh-CN", Optional.of(Birthday.gregorian(10, 1))),
                LocalDate.of(2020, 10, 1), defaults);
        assertEquals(List.of("张三，祝您生日快乐！", "张三，祝您中秋节快乐！", "张三，祝您国庆节快乐！"), texts(day));
        assertEquals(List.of("birthday/2020", "MID_AUTUMN_FESTIVAL/2020", "NATIONAL_DAY/2020"),
                day.stream().map(g -> g.occasion().key()).toList());
    }

    @Test
    void onlyWhatTheAdminChoseIsGreeted() {
        GreetingSettings chosen = new GreetingSettings(EnumSet.of(Festival.MID_AUTUMN_FESTIVAL),
                List.of(new SiteDay("teachers-day", MonthDay.of(9, 10), "教师节", "Teachers' Day")), false,
                Map.of("zh-CN", "{name}，{occasion}快乐", "en", "Happy {occasion}, {name}"), Map.of(), Map.of("en", "Happy birthday"));
        Recipient someone = new Recipient("Ann", SHANGHAI, "en", Optional.of(Birthday.gregorian(10, 1)));
        assertEquals(List.of("Happy Mid-Autumn Festival, Ann"), texts(greetings.on(someone, LocalDate.of(2020, 10, 1), chosen)));
        assertEquals(List.of("Happy Teachers' Day, Ann"), texts(greetings.on(someone, LocalDate.of(2026, 9, 10), chosen)));
        assertEquals("day:teachers-day/2026", greetings.on(someone, LocalDate.of(2026, 9, 10), chosen).get(0).occasion().key());
    }

    @Test
    void aBirthdayIsGreetedOnlyWhenItsOwnerGaveIt() {
        assertEquals(List.of(), greetings.on(new Recipient("张三", SHANGHAI, "zh-CN", Optional.empty()), LocalDate.of(2026, 12, 2), defaults));
        assertEquals(List.of("张三，祝您生日快乐！"), texts(greetings.on(new Recipient("张三", SHANGHAI, "zh-CN",
                Optional.of(Birthday.lunar(8, 15, false))), LocalDate.of(2026, 9, 25), defaults).subList(0, 1)));
    }
}
