package qiao.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import qiao.greetings.Greetings.Greeting;

/** The texts the plugin shows exist in both languages, and the banner is what the slot and the preview both show. */
class TextsTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(TextsTest.class.getResourceAsStream("/i18n/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveEveryKeyTheTemplatesAndCodeUse() throws IOException {
        Properties chinese = bundle("messages_zh_CN.properties");
        Properties english = bundle("messages_en.properties");
        assertEquals(new TreeSet<>(chinese.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        for (Properties texts : List.of(chinese, english)) {
            texts.stringPropertyNames().forEach(key -> new MessageFormat(texts.getProperty(key)));
        }
        Set<String> used = new TreeSet<>(List.of("visitor.name", "occasion.birthday", "preview.badDate", "preview.badLanguage",
                "preview.outOfRange", "mine.badChoice", "mine.noProfileBirthday"));
        for (String template : List.of("preview", "mine")) {
            String text = new String(TextsTest.class.getResourceAsStream("/templates/" + template + ".peb").readAllBytes(),
                    StandardCharsets.UTF_8);
            Matcher key = Pattern.compile("pt\\('([^']+)'").matcher(text);
            while (key.find()) {
                used.add(key.group(1));
            }
        }
        used.forEach(key -> assertTrue(chinese.containsKey(key), key));
    }

    @Test
    void theBannerIsTheFirstGreetingClosableForItsOccasion() {
        Greeting festival = new Greeting(new Occasion("SPRING_FESTIVAL/2027", "春节", false), "张三，祝您春节快乐！<b>");
        Greeting day = new Greeting(new Occasion("day:founding/2027", "建站日", false), "x");
        assertEquals("spring_festival/2027", GreetingsPlugin.banner(List.of(festival, day), "zh-CN").orElseThrow().dismissKey().orElseThrow());
        assertEquals("<p class=\"greeting-banner\" lang=\"zh-CN\">张三，祝您春节快乐！&lt;b&gt;</p>",
                GreetingsPlugin.banner(List.of(festival), "zh-CN").orElseThrow().html().toString());
        assertEquals(Optional.of("day.founding/2027"), GreetingsPlugin.banner(List.of(day), "en").orElseThrow().dismissKey());
        assertEquals(Optional.empty(), GreetingsPlugin.banner(List.of(), "en"));
    }
}
