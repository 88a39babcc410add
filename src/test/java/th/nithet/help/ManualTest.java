package th.nithet.help;

import org.junit.jupiter.api.Test;
import th.nithet.platform.i18n.Languages;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manual as the jar carries it: both languages have the same chapters and tasks, and every help link lands on one. */
class ManualTest {

    private final Manual manual = new Manual();

    @Test
    void bothLanguagesHaveTheSameChaptersAndTasksAtTheSameAddresses() {
        List<ManualChapter> thai = manual.chapters(Languages.THAI);
        List<ManualChapter> english = manual.chapters(Languages.ENGLISH);
        assertEquals(Manual.CHAPTERS, thai.stream().map(ManualChapter::slug).toList());
        for (int i = 0; i < thai.size(); i++) {
            assertEquals(thai.get(i).sections().stream().map(ManualChapter.Section::anchor).toList(),
                    english.get(i).sections().stream().map(ManualChapter.Section::anchor).toList(), thai.get(i).slug());
            assertFalse(thai.get(i).sections().isEmpty(), thai.get(i).slug() + " has tasks");
        }
        assertEquals("สำหรับครู", manual.chapter("teacher", Languages.THAI).orElseThrow().title());
        assertTrue(thai.get(1).sections().contains(new ManualChapter.Section("ask", "ถามคำถาม")));
    }

    @Test
    void headingsCarryTheirAnchorAndPicturesAndLinksPointIntoHelp() {
        String html = manual.chapter("supervisor", Languages.THAI).orElseThrow().html();
        assertTrue(html.contains("<h2 id=\"answer\">ตอบและปิดคำถาม</h2>"), html);
        assertFalse(html.contains("{#"), "the anchor is not shown");
        assertTrue(html.contains("src=\"images/th/supervisor-queue.png\""), "pictures under /help/images");
        assertTrue(html.contains("href=\"director#statistics\""), "links to another chapter under /help");
    }

    @Test
    void everyPictureTheManualShowsIsInTheJar() {
        for (Locale locale : List.of(Languages.THAI, Languages.ENGLISH)) {
            String language = Manual.language(locale);
            for (ManualChapter chapter : manual.chapters(locale)) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("src=\"images/(th|en)/([a-z0-9-]+\\.png)\"").matcher(chapter.html());
                while (m.find()) {
                    assertEquals(language, m.group(1));
                    assertTrue(manual.picture(language, m.group(2)).isPresent(), language + "/" + m.group(2));
                }
            }
        }
        assertTrue(manual.picture("th", "../start.md").isEmpty(), "only pictures, by name");
        assertTrue(manual.picture("xx", "start-home.png").isEmpty());
    }

    @Test
    void everyPageLeadsToATaskTheManualHas() {
        for (String topic : HelpTopics.allTopics()) {
            if (topic.isEmpty()) {
                continue; // the manual's own pages lead to its contents
            }
            String[] parts = topic.split("#");
            ManualChapter chapter = manual.chapter(parts[0], Languages.ENGLISH).orElseThrow(() -> new AssertionError(topic));
            assertTrue(parts.length == 1 || chapter.sections().stream().anyMatch(s -> s.anchor().equals(parts[1])), topic);
        }
        assertEquals("teacher#ask", HelpTopics.topicFor("/questions/new", false));
        assertEquals("supervisor#answer", HelpTopics.topicFor("/questions/42", true));
        assertEquals("teacher#question", HelpTopics.topicFor("/questions/42", false));
        assertEquals("start#home", HelpTopics.topicFor("/", false));
        assertEquals("administrator#import", HelpTopics.topicFor("/admin/import-accounts.xhtml", true));
        assertEquals("start", HelpTopics.topicFor("/person.xhtml", false));
    }
}
