package qiao.greetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BirthdayChoiceTest {

    @Test
    void theStoredFormsReadBack() {
        assertEquals(BirthdayChoice.OFF, BirthdayChoice.parse("off"));
        assertEquals(BirthdayChoice.gregorian(), BirthdayChoice.parse("gregorian"));
        assertEquals(BirthdayChoice.lunar(8, 15, false), BirthdayChoice.parse("lunar:8:15:false"));
        assertEquals(BirthdayChoice.lunar(4, 30, true), BirthdayChoice.parse("lunar:4:30:true"));
        assertEquals("lunar:4:30:true", BirthdayChoice.lunar(4, 30, true).format());
        assertEquals("gregorian", BirthdayChoice.gregorian().format());
        assertEquals("off", BirthdayChoice.OFF.format());
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"", "on", "lunar", "lunar:8:15", "lunar:13:1:false", "lunar:8:31:false", "lunar:8:15:yes",
                "lunar:x:15:false", "lunar:8:15:false:1", "Gregorian"}) {
            assertThrows(IllegalArgumentException.class, () -> BirthdayChoice.parse(bad), bad);
        }
    }

    @Test
    void nothingOrSomethingUnreadableStoredIsOff() {
        assertEquals(BirthdayChoice.OFF, BirthdayChoice.stored(Optional.empty()));
        assertEquals(BirthdayChoice.OFF, BirthdayChoice.stored(Optional.of("lunar:99:1:false")));
        assertEquals(BirthdayChoice.gregorian(), BirthdayChoice.stored(Optional.of("gregorian")));
    }

    @Test
    void theFormSaysWhichAndForALunarBirthdayItsDay() {
        assertEquals(BirthdayChoice.OFF, BirthdayChoice.ofForm(Optional.of("off"), Optional.of("8"), Optional.empty(), Optional.empty()));
        assertEquals(BirthdayChoice.gregorian(), BirthdayChoice.ofForm(Optional.of("gregorian"), Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertEquals(BirthdayChoice.lunar(8, 15, false), BirthdayChoice.ofForm(Optional.of("lunar"), Optional.of(" 8"),
                Optional.of("15 "), Optional.empty()));
        assertEquals(BirthdayChoice.lunar(6, 1, true), BirthdayChoice.ofForm(Optional.of("lunar"), Optional.of("6"), Optional.of("1"),
                Optional.of("true")));
        assertThrows(IllegalArgumentException.class, () -> BirthdayChoice.ofForm(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> BirthdayChoice.ofForm(Optional.of("lunar"), Optional.empty(),
                Optional.of("15"), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> BirthdayChoice.ofForm(Optional.of("lunar"), Optional.of("0"),
                Optional.of("15"), Optional.empty()));
    }

    @Test
    void onlyAGregorianChoiceUsesTheProfile() {
        Optional<LocalDate> profile = Optional.of(LocalDate.of(1990, 2, 28));
        assertEquals(Optional.of(Birthday.gregorian(2, 28)), BirthdayChoice.gregorian().birthday(profile));
        assertEquals(Optional.empty(), BirthdayChoice.gregorian().birthday(Optional.empty()));
        assertEquals(Optional.empty(), BirthdayChoice.OFF.birthday(profile));
        assertEquals(Optional.of(Birthday.lunar(8, 15, false)), BirthdayChoice.lunar(8, 15, false).birthday(profile));
    }
}
