package qiao.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import qiao.api.plugin.PluginContext;
import qiao.api.plugin.PluginMessages;
import qiao.api.portal.Notice;
import qiao.api.portal.Portal;
import qiao.api.portal.PostView;
import qiao.api.portal.ThreadView;
import qiao.api.portal.UserView;
import qiao.api.settings.Settings;
import qiao.api.storage.PluginStorage;

class GreetingJobTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Records kept in maps, by account (0 for the plugin's own). */
    private static final class Storage implements PluginStorage {
        final Map<Long, TreeMap<String, String>> records;
        final long account;

        Storage(Map<Long, TreeMap<String, String>> records, long account) {
            this.records = records;
            this.account = account;
        }

        private TreeMap<String, String> mine() {
            return records.computeIfAbsent(account, a -> new TreeMap<>());
        }

        @Override public Optional<String> get(String key) { return Optional.ofNullable(mine().get(key)); }
        @Override public void put(String key, String value) { mine().put(key, value); }
        @Override public boolean putIfAbsent(String key, String value) { return mine().putIfAbsent(key, value) == null; }
        @Override public boolean delete(String key) { return mine().remove(key) != null; }
        @Override public Map<String, String> list(String prefix, int limit) {
            Map<String, String> found = new LinkedHashMap<>();
            mine().tailMap(prefix).entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).limit(limit)
                    .forEach(e -> found.put(e.getKey(), e.getValue()));
            return found;
        }
        @Override public PluginStorage of(long accountId) { return new Storage(records, accountId); }
    }

    private final List<UserView> users = new ArrayList<>();
    private final Map<Long, List<String>> sent = new HashMap<>();
    private int notifyCalls;
    private final Storage storage = new Storage(new HashMap<>(), 0);

    private final Portal portal = new Portal() {
        @Override public Optional<ThreadView> thread(long threadId) { return Optional.empty(); }
        @Override public Optional<PostView> post(long postId) { return Optional.empty(); }
        @Override public Optional<UserView> user(long id) { return users.stream().filter(u -> u.id() == id).findFirst(); }
        @Override public List<UserView> users(long afterId, int limit) {
            return users.stream().filter(u -> u.id() > afterId).limit(limit).toList();
        }
        @Override public Set<String> roles(long accountId) { return Set.of("user"); }
        @Override public boolean canRead(long accountId, long threadId) { return true; }
        @Override public boolean notify(long accountId, Notice notice) {
            notifyCalls++;
            List<String> mine = sent.computeIfAbsent(accountId, a -> new ArrayList<>());
            if (mine.stream().anyMatch(n -> n.startsWith(notice.key() + " "))) {
                return false;
            }
            return mine.add(notice.key() + " " + notice.text() + " " + notice.link());
        }
        @Override public void postSystemNote(long threadId, String text) { }
    };

    private PluginContext context(Instant now) {
        Settings settings = new GreetingsLifecycle().settingsSchema().of(Map.of());
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new PluginContext() {
            @Override public String pluginId() { return "greetings"; }
            @Override public String version() { return "1.0.0"; }
            @Override public Settings settings() { return settings; }
            @Override public PluginStorage storage() { return storage; }
            @Override public PluginMessages messages() { return (language, key, args) -> key; }
            @Override public Clock clock() { return clock; }
            @Override public System.Logger logger() { return System.getLogger("greetings"); }
            @Override public Portal portal() { return portal; }
        };
    }

    private void person(long id, String name, String language, ZoneId zone, LocalDate birthday) {
        users.add(new UserView(id, "u" + id, name, language, zone, Set.of("user"), Optional.ofNullable(birthday)));
    }

    @Test
    void eachPersonIsGreetedInTheirLanguageAndLaterRunsOfTheDaySkipThem() {
        person(1, "张三", "zh-CN", SHANGHAI, null);
        person(2, "李四", "zh-CN", SHANGHAI, LocalDate.of(1990, 2, 17));
        person(3, "Ann", "en", SHANGHAI, null);
        storage.of(2).put("birthday", "gregorian");
        PluginContext context = context(Instant.parse("2026-02-17T02:00:00Z"));
        new GreetingJob().run(context);
        assertEquals(List.of("greeting/SPRING_FESTIVAL/2026 张三，祝您春节快乐！ /p/greetings/"), sent.get(1L));
        assertEquals(List.of("greeting/birthday/2026 李四，祝您生日快乐！ /p/greetings/",
                "greeting/SPRING_FESTIVAL/2026 李四，祝您春节快乐！ /p/greetings/"), sent.get(2L));
        assertEquals(List.of("greeting/SPRING_FESTIVAL/2026 Happy Spring Festival, Ann! /p/greetings/"), sent.get(3L));
        assertEquals(4, notifyCalls);

        person(4, "王五", "zh-CN", SHANGHAI, null);
        new GreetingJob().run(context(Instant.parse("2026-02-17T02:05:00Z")));
        assertEquals(5, notifyCalls, "only the newcomer is gone through again");
        assertEquals(List.of("greeting/SPRING_FESTIVAL/2026 王五，祝您春节快乐！ /p/greetings/"), sent.get(4L));
    }

    @Test
    void theDayIsTheOneWhereThePersonIs() {
        person(1, "Li", "en", ZoneId.of("America/Los_Angeles"), null);
        person(2, "张三", "zh-CN", SHANGHAI, null);
        new GreetingJob().run(context(Instant.parse("2026-02-16T16:30:00Z")));
        assertEquals(List.of("greeting/LUNAR_NEW_YEARS_EVE/2026 Li, a happy reunion on Chinese New Year's Eve! /p/greetings/"),
                sent.get(1L));
        assertEquals(List.of("greeting/SPRING_FESTIVAL/2026 张三，祝您春节快乐！ /p/greetings/"), sent.get(2L));
    }

    @Test
    void markersOfDaysGoneAreRemoved() {
        person(1, "张三", "zh-CN", SHANGHAI, null);
        new GreetingJob().run(context(Instant.parse("2026-02-17T02:00:00Z")));
        new GreetingJob().run(context(Instant.parse("2026-02-19T02:00:00Z")));
        assertEquals(Set.of("done/2026-02-19/Asia/Shanghai"), storage.list("done/", 100).keySet());
    }
}
