package th.nithet.help;

import java.util.List;

/**
 * Which part of the manual explains the page the reader is on: the header's help link goes there (#19). The first rule
 * whose path matches wins; a rule may send supervisors (and administrators) to their own chapter, since the same page
 * does different work for them (a question is asked by a teacher and answered by a supervisor).
 */
public final class HelpTopics {

    /** A path prefix, where it leads a teacher, and where it leads a supervisor or administrator (null: the same). */
    private record Rule(String prefix, String topic, String staffTopic) {
        boolean matches(String path) {
            return prefix.equals("/") ? path.equals("/") || path.startsWith("/index") : path.startsWith(prefix);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("/help", "", null),
            new Rule("/login", "start#sign-in", null),
            new Rule("/password", "start#sign-in", null),
            new Rule("/search", "start#search", null),
            new Rule("/notifications", "start#notifications", null),
            new Rule("/account", "start#account", null),
            new Rule("/questions/queue", "supervisor#answer", null),
            new Rule("/questions/new", "teacher#ask", null),
            new Rule("/questions", "teacher#question", "supervisor#answer"),
            new Rule("/knowledge/new", "supervisor#knowledge", null),
            new Rule("/knowledge", "teacher#knowledge", "supervisor#knowledge"),
            new Rule("/news", "start#home", "supervisor#news"),
            new Rule("/practices/review", "supervisor#review", null),
            new Rule("/practices", "teacher#practice", "supervisor#review"),
            new Rule("/supervisions/plan", "supervisor#plan", null),
            new Rule("/supervisions/new", "supervisor#supervision", null),
            new Rule("/supervisions", "teacher#supervision", "supervisor#supervision"),
            new Rule("/supervision-records", "supervisor#supervision", null),
            new Rule("/surveys", "teacher#survey", "supervisor#survey"),
            new Rule("/projects", "supervisor#projects", null),
            new Rule("/statistics", "director#statistics", null),
            new Rule("/indicators", "director#indicators", "administrator#indicators"),
            new Rule("/reports", "director#report", null),
            new Rule("/honours", "director#honours", null),
            new Rule("/admin/import", "administrator#import", null),
            new Rule("/admin/audit", "administrator#audit", null),
            new Rule("/admin/backups", "administrator#backups", null),
            new Rule("/admin/schools", "administrator#schools", null),
            new Rule("/admin/learning-areas", "administrator#schools", null),
            new Rule("/admin", "administrator#accounts", null),
            new Rule("/", "start#home", null));

    private HelpTopics() {
    }

    /**
     * The part of the manual for {@code path} (without the context path or query): {@code "teacher#ask"}, or the
     * manual's first chapter for a page no rule knows.
     */
    public static String topicFor(String path, boolean staff) {
        for (Rule rule : RULES) {
            if (rule.matches(path)) {
                return staff && rule.staffTopic() != null ? rule.staffTopic() : rule.topic();
            }
        }
        return "start";
    }

    /** Every topic a rule names, for the test that checks each exists in the manual. */
    static List<String> allTopics() {
        return RULES.stream().flatMap(r -> r.staffTopic() == null ? java.util.stream.Stream.of(r.topic())
                : java.util.stream.Stream.of(r.topic(), r.staffTopic())).distinct().toList();
    }
}
