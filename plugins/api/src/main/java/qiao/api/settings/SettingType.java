package qiao.api.settings;

/** The kinds of value a plugin setting holds; the admin page shows each with its own control. */
public enum SettingType {
    /** One line of text, at most 200 characters. */
    STRING,
    /** Several lines, at most 10,000 characters. */
    TEXT,
    BOOLEAN,
    /** A whole number between the setting's bounds. */
    NUMBER,
    /** One of the setting's choices. */
    CHOICE,
    /** Lines of text, one item each: at most 100 items of 200 characters. */
    LIST,
    /** An IANA time-zone id, such as Asia/Shanghai. */
    TIME_ZONE,
    /** A language the site speaks: zh-CN or en. */
    LANGUAGE
}
