package qiao.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void picksTheBestSupportedLanguageByQuality() {
        assertEquals(Optional.of(Languages.EN), Languages.fromAcceptLanguage("fr-FR,en;q=0.8,zh;q=0.5"));
        assertEquals(Optional.of(Languages.ZH_CN), Languages.fromAcceptLanguage("zh-TW,zh;q=0.9,en;q=0.8"));
        assertEquals(Optional.of(Languages.ZH_CN), Languages.fromAcceptLanguage("zh-Hans-CN"));
        assertEquals(Optional.of(Languages.EN), Languages.fromAcceptLanguage("en-GB"));
    }

    @Test
    void ignoresWhatItCannotUse() {
        assertTrue(Languages.fromAcceptLanguage(null).isEmpty());
        assertTrue(Languages.fromAcceptLanguage("").isEmpty());
        assertTrue(Languages.fromAcceptLanguage("de, fr;q=0.5").isEmpty());
        assertTrue(Languages.fromAcceptLanguage("en;q=0").isEmpty());
        assertTrue(Languages.fromAcceptLanguage(";;;q=banana").isEmpty());
    }

    @Test
    void tagsAreWhatHtmlLangExpects() {
        assertEquals("zh-CN", Languages.tag(Languages.ZH_CN));
        assertEquals("en", Languages.tag(Languages.EN));
    }
}
