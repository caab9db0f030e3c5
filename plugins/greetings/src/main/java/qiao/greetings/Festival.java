package qiao.greetings;

/**
 * The days greeted: fixed days of the Gregorian calendar, days of the Chinese lunar calendar, and 清明, the day
 * the sun reaches 15° of ecliptic longitude (a solar term). Lunar days are those of the lunar year that begins in
 * the Gregorian year asked about, never of a leap month.
 */
public enum Festival {
    NEW_YEAR("元旦", "New Year's Day"),
    LUNAR_NEW_YEARS_EVE("除夕", "Chinese New Year's Eve"),
    SPRING_FESTIVAL("春节", "Spring Festival"),
    LANTERN_FESTIVAL("元宵节", "Lantern Festival"),
    QINGMING("清明节", "Qingming Festival"),
    LABOUR_DAY("劳动节", "Labour Day"),
    DRAGON_BOAT_FESTIVAL("端午节", "Dragon Boat Festival"),
    QIXI("七夕", "Qixi Festival"),
    MID_AUTUMN_FESTIVAL("中秋节", "Mid-Autumn Festival"),
    NATIONAL_DAY("国庆节", "National Day"),
    DOUBLE_NINTH_FESTIVAL("重阳节", "Double Ninth Festival");

    private final String chinese;
    private final String english;

    Festival(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** Its name in a language: "zh…" is Chinese, anything else English. */
    public String displayName(String language) {
        return language.startsWith("zh") ? chinese : english;
    }
}
