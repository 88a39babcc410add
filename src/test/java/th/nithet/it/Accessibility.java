package th.nithet.it;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (Deque's accessibility engine, the release pinned in the pom) run on the page the browser shows, for the WCAG
 * 2.0/2.1 A and AA rules (#19). Only what axe calls serious or critical fails a page; the rest is reported for people to
 * read. See docs/accessibility.md.
 */
final class Accessibility {

    /** The rules checked: WCAG 2.0 and 2.1, levels A and AA. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']})
               .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                     nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')).join(' | ')}))))
               .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: ''}]));
            """;

    private static final String AXE = load();

    /** One rule a page breaks: the rule, how bad, what it asks and where. */
    record Violation(String rule, String impact, String help, String where) {
        boolean serious() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + "): " + where;
        }
    }

    private Accessibility() {
    }

    /** Every WCAG A/AA violation on the page the browser shows now. */
    @SuppressWarnings("unchecked")
    static List<Violation> check(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(AXE);
        List<Violation> found = new ArrayList<>();
        for (Object o : (List<Object>) js.executeAsyncScript(RUN)) {
            Map<String, Object> v = (Map<String, Object>) o;
            found.add(new Violation(String.valueOf(v.get("id")), String.valueOf(v.get("impact")), String.valueOf(v.get("help")),
                    String.valueOf(v.get("nodes"))));
        }
        return found;
    }

    /** The serious and critical ones only: what fails a page. */
    static List<Violation> serious(WebDriver driver) {
        return check(driver).stream().filter(Violation::serious).toList();
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing: the pom pins com.deque.html.axe-core:selenium for it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
