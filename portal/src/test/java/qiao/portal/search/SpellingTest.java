package qiao.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void allowsEditsByLengthAsElasticsearchDoes() {
        assertEquals(0, Spelling.allowedEdits("qq"));
        assertEquals(1, Spelling.allowedEdits("dark"));
        assertEquals(1, Spelling.allowedEdits("reset"));
        assertEquals(2, Spelling.allowedEdits("pasword"));
    }

    @Test
    void countsAddedRemovedReplacedAndSwappedLetters() {
        assertEquals(0, Spelling.distance("password", "password", 2));
        assertEquals(1, Spelling.distance("pasword", "password", 2));
        assertEquals(1, Spelling.distance("dakr", "dark", 1));
        assertEquals(1, Spelling.distance("cat", "car", 1));
        assertEquals(2, Spelling.distance("notifc", "notif", 2) + 1);
        assertEquals(3, Spelling.distance("abc", "xyz", 2), "more than the limit is the limit plus one");
        assertEquals(3, Spelling.distance("a", "abcd", 2));
    }
}
