package qiao.portal.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoardStylesheetTest {

    @ParameterizedTest
    @CsvSource({"#0b57d0,#fff", "#ffffff,#000", "#000000,#fff", "#ffd400,#000", "#c62828,#fff", "#9ccc65,#000"})
    void picksTheTextColourThatReadsBetter(String background, String text) {
        assertEquals(text, BoardStylesheet.readableTextOn(background));
    }
}
