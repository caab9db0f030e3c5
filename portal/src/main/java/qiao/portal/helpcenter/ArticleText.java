package qiao.portal.helpcenter;

import java.util.List;

/** What an article says, checked: its language, title, Markdown body and labels. */
record ArticleText(String lang, String title, String body, List<String> labels) {
}
