package th.nithet.search.engine;

import th.nithet.search.SearchDocument;
import th.nithet.search.thai.ThaiAnalysis;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search quality on passages cut from the seed documents (src/test/resources/search/passages.txt):
 * for each query, every passage that contains the query text (digits folded, case ignored) is in
 * the top 20, and the top 10 hold no passage without it. Recall and precision are printed for
 * docs/benchmarks.md.
 */
class ThaiSearchQualityTest {

    /** Thai words inside compounds, loanwords, English terms, Thai and Arabic digits, phrases. */
    static final List<String> QUERIES = List.of(
            "วิทยฐานะ", "ศึกษานิเทศก์", "นิเทศ", "UTQ Online", "utq online", "e-Training", "ร้อยละ 80", "กลยุทธ์ที่ 4",
            "2555", "๒๕๕๕", "๒๕๖๗", "2567", "โครงการ", "ผู้อำนวยการ", "การประเมิน", "ระดับคุณภาพ", "Active Learning",
            "ยกย่องเชิดชูเกียรติ", "ขุมความรู้", "ตัวชี้วัด", "งบประมาณ", "ค่าตอบแทน", "ปีงบประมาณ", "Best Practice",
            "นวัตกรรม", "ประถมศึกษา", "Coaching", "การนิเทศออนไลน์", "กลุ่มสาระ", "การพัฒนาครู", "ผลสัมฤทธิ์",
            "ICT", "O-NET", "โรงเรียนขนาดเล็ก", "คณิตศาสตร์", "เครือข่าย", "มาตรฐาน", "ข้อเสนอแนะ", "ปัญหาอุปสรรค",
            "ความพึงพอใจ", "\"ครูและบุคลากรทางการศึกษา\"", "ประเมินผล", "ร้อยละ");

    static SearchEngine engine;
    static List<String> passages;

    @BeforeAll
    static void index() throws IOException {
        try (InputStream in = ThaiSearchQualityTest.class.getResourceAsStream("/search/passages.txt")) {
            passages = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        engine = new SearchEngine(new ByteBuffersDirectory());
        for (int i = 0; i < passages.size(); i++) {
            String text = passages.get(i);
            engine.put(new SearchDocument("knowledge", i, "ข้อความที่ " + i, text, List.of(), "PUBLIC",
                    Instant.parse("2024-06-01T00:00:00Z"), List.of(), null, "seed", "เอกสารต้นแบบ", "/knowledge/" + i, 0, 1));
        }
        engine.refresh();
    }

    @AfterAll
    static void close() throws IOException {
        engine.close();
    }

    /** What a passage must contain for the query: each part, folded as the index folds. */
    static boolean contains(String passage, String query) {
        String text = ThaiAnalysis.fold(passage);
        return SearchQuery.parse(query).required().stream().allMatch(part -> text.contains(ThaiAnalysis.fold(part)));
    }

    /** A news item with only a title worth searching, for the suggestions. */
    static SearchDocument newsTitled(long id, String title, String visibility) {
        return new SearchDocument("news", id, title, "เนื้อหา", List.of(), visibility, Instant.parse("2024-06-01T00:00:00Z"),
                List.of(), null, "a", "ก", "/news/" + id, 0, 1);
    }

    static List<Long> top(String query, int n) throws IOException {
        return engine.search(new SearchQuery(query, Set.of("PUBLIC"), Instant.now(), null, null, null, null, null,
                SearchQuery.Order.RELEVANCE, 0, n)).hits().stream().map(SearchResult.Hit::id).toList();
    }

    @Test
    void everyPassageWithTheTextIsFoundAndNothingWithoutIt() throws IOException {
        long found = 0;
        long wanted = 0;
        long shown = 0;
        long relevantShown = 0;
        List<String> problems = new ArrayList<>();
        for (String query : QUERIES) {
            Set<Long> relevant = new HashSet<>();
            for (int i = 0; i < passages.size(); i++) {
                if (contains(passages.get(i), query)) {
                    relevant.add((long) i);
                }
            }
            List<Long> top20 = top(query, 20);
            List<Long> top10 = top20.subList(0, Math.min(10, top20.size()));
            long expected = Math.min(20, relevant.size());
            long hit = top20.stream().filter(relevant::contains).count();
            wanted += expected;
            found += hit;
            shown += top10.size();
            long good = top10.stream().filter(relevant::contains).count();
            relevantShown += good;
            if (hit < expected) {
                problems.add(query + ": " + hit + " of " + expected + " in the top 20");
            }
            if (good < top10.size()) {
                problems.add(query + ": " + (top10.size() - good) + " of the top 10 do not contain it");
            }
        }
        System.out.printf("Thai search quality: %d queries over %d passages: recall@20 %.3f (%d/%d), precision@10 %.3f (%d/%d)%n",
                QUERIES.size(), passages.size(), (double) found / wanted, found, wanted, (double) relevantShown / shown,
                relevantShown, shown);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void thaiAndArabicDigitsAreTheSame() throws IOException {
        assertEquals(Set.copyOf(top("๒๕๕๕", 50)), Set.copyOf(top("2555", 50)));
        assertFalse(top("2555", 50).isEmpty());
    }

    @Test
    void exclusionsAndBrokenSyntax() throws IOException {
        List<Long> with = top("นิเทศ", 100);
        List<Long> without = top("นิเทศ -ศึกษานิเทศก์", 100);
        assertTrue(without.size() < with.size());
        for (long id : without) {
            assertFalse(contains(passages.get((int) id), "ศึกษานิเทศก์"));
        }
        for (String broken : List.of("\"UTQ", "(นิเทศ", "AND OR", "*", "ครู:", "[[", "~~~", "\"", "-", "นิเทศ )")) {
            engine.search(new SearchQuery(broken, Set.of("PUBLIC"), Instant.now(), null, null, null, null, null,
                    SearchQuery.Order.RELEVANCE, 0, 10)); // never an error
        }
        assertEquals(top("\"UTQ Online\"", 20), top("\"UTQ Online", 20), "an unclosed quote is a phrase to the end");
    }

    @Test
    void snippetsMarkTheThaiWordsFound() throws IOException {
        SearchResult result = engine.search(new SearchQuery("วิทยฐานะ", Set.of("PUBLIC"), Instant.now(), null, null, null, null,
                null, SearchQuery.Order.RELEVANCE, 0, 5));
        assertTrue(result.hits().get(0).snippet().contains("<mark>วิทยฐานะ</mark>"), result.hits().get(0).snippet());
        assertFalse(result.hits().get(0).snippet().contains("<script"));
    }

    @Test
    void suggestionsFindPartlyTypedThai() throws IOException {
        SearchEngine titles = new SearchEngine(new ByteBuffersDirectory());
        titles.put(newsTitled(1, "การประชุมศึกษานิเทศก์ประจำเดือน", "PUBLIC"));
        titles.put(newsTitled(2, "แผนปีงบประมาณ ๒๕๖๘", "STAFF"));
        titles.refresh();
        List<String> partly = titles.suggest("ศึกษานิ", Set.of("PUBLIC"), Instant.now(), 5);
        assertTrue(partly.contains("การประชุมศึกษานิเทศก์ประจำเดือน"), partly.toString());
        assertTrue(partly.stream().allMatch(s -> s.contains("ศึกษานิ")), "words and titles that go on from what was typed: " + partly);
        assertEquals(List.of(), titles.suggest("ปีงบ", Set.of("PUBLIC"), Instant.now(), 5), "never a staff item to a visitor");
        List<String> staff = titles.suggest("ปีงบ", Set.of("PUBLIC", "STAFF"), Instant.now(), 5);
        assertTrue(staff.contains("แผนปีงบประมาณ ๒๕๖๘"), staff.toString());
        assertTrue(staff.stream().allMatch(s -> s.contains("ปีงบ")), staff.toString());
        titles.put(newsTitled(3, "Active Learning กับการเรียนรู้เชิงรุก", "PUBLIC"));
        titles.refresh();
        assertEquals(List.of("learning", "Active Learning กับการเรียนรู้เชิงรุก"), titles.suggest("lea", Set.of("PUBLIC"), Instant.now(), 5)
                .stream().map(s -> s.equals("Learning") ? "learning" : s).toList(), "a word of a title, then the title");
        titles.close();
    }
}
