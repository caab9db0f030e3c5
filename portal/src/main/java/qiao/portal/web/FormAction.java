package qiao.portal.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a form on this site does, told from where it is sent: how to say it plainly, where its page
 * is, and whether a refused copy of it may be offered again in one click. Only forms that carry
 * what someone wrote (a reply, a new thread, an edit) or change nothing of weight (votes, follows,
 * the language) may; admin, role, moderation and account forms never are, so a forged request can
 * never become a click away from being carried out.
 *
 * @param key       the bundle key of the plain description ("csrf.action.reply" …)
 * @param page      where to go back to do it again
 * @param typed     the fields a person types into this form (kept and shown for a retry)
 * @param replayable whether a retry may be offered
 */
record FormAction(String key, String page, List<String> typed, boolean replayable) {

    private record Rule(Pattern path, String key, String page, List<String> typed, boolean replayable) {
    }

    private static final List<Rule> RULES = List.of(
            rule("/t/(\\d+)/reply", "reply", "/t/$1", List.of("body"), true),
            rule("/b/([a-z0-9-]+)/new", "newThread", "/b/$1/new", List.of("title", "body", "tags"), true),
            rule("/t/(\\d+)/posts/(\\d+)/edit", "edit", "/t/$1/posts/$2/edit", List.of("title", "body"), true),
            rule("/t/(\\d+)/(?:posts/\\d+/)?vote", "vote", "/t/$1", List.of(), true),
            rule("/t/(\\d+)/follow", "follow", "/t/$1", List.of(), true),
            rule("/b/([a-z0-9-]+)/follow", "follow", "/b/$1", List.of(), true),
            rule("/language", "language", "/", List.of(), true),
            rule("/banner/\\d+/dismiss", "banner", "/", List.of(), true),
            rule("/notifications/read", "notifications", "/notifications", List.of(), true),
            rule("/admin/users/\\d+/roles", "role", "/admin/users", List.of(), false),
            rule("/admin/([a-z]+).*", "admin", "/admin/$1", List.of(), false),
            rule("/t/(\\d+)/.*", "moderation", "/t/$1", List.of(), false),
            rule("/signin", "signIn", "/signin", List.of(), false),
            rule("/signup", "signUp", "/signup", List.of(), false),
            rule("/signout", "signOut", "/", List.of(), false),
            rule("/profile(?:/.*)?", "account", "/profile", List.of(), false));

    private static Rule rule(String path, String key, String page, List<String> typed, boolean replayable) {
        return new Rule(Pattern.compile(path), "csrf.action." + key, page, typed, replayable);
    }

    /** The form sent to this path (a path of this site, starting with "/"). */
    public static FormAction of(String path) {
        for (Rule rule : RULES) {
            Matcher m = rule.path().matcher(path);
            if (m.matches()) {
                return new FormAction(rule.key(), m.replaceFirst(rule.page()), rule.typed(), rule.replayable());
            }
        }
        return new FormAction("csrf.action.other", "/", List.of(), false);
    }
}
