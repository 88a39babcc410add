package th.nithet.search.engine;

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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search that forgives Thai spelling (#18), on the passages of {@link ThaiSearchQualityTest}: for each
 * misspelt or variant query of src/test/resources/search/misspellings.txt, the passages that contain
 * what was meant are found. Recall@20 and MRR are printed for docs/benchmarks.md and must reach 0.90.
 */
class ThaiMisspellingQualityTest {

    record Slip(String typed, List<String> meant) {
    }

    static List<Slip> slips;

    @BeforeAll
    static void index() throws IOException {
        ThaiSearchQualityTest.index();
        try (InputStream in = ThaiMisspellingQualityTest.class.getResourceAsStream("/search/misspellings.txt")) {
            slips = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> new Slip(f[0], List.of(f[1].split("\\|"))))
                    .toList();
        }
    }

    @AfterAll
    static void close() throws IOException {
        ThaiSearchQualityTest.close();
    }

    private static SearchResult search(String text, boolean asTyped) throws IOException {
        return ThaiSearchQualityTest.engine.search(new SearchQuery(text, Set.of("PUBLIC"), Instant.now(), null, null, null, null, null,
                SearchQuery.Order.RELEVANCE, 0, 20), asTyped);
    }

    @Test
    void misspeltQueriesFindWhatWasMeant() throws IOException {
        List<String> passages = ThaiSearchQualityTest.passages;
        long wanted = 0;
        long found = 0;
        double reciprocalRanks = 0;
        List<String> problems = new ArrayList<>();
        for (Slip slip : slips) {
            Set<Long> relevant = new HashSet<>();
            for (int i = 0; i < passages.size(); i++) {
                int passage = i;
                if (slip.meant().stream().anyMatch(m -> ThaiSearchQualityTest.contains(passages.get(passage), m))) {
                    relevant.add((long) i);
                }
            }
            assertTrue(!relevant.isEmpty(), "the test set names a word the passages have: " + slip);
            List<Long> top20 = search(slip.typed(), false).hits().stream().map(SearchResult.Hit::id).toList();
            long expected = Math.min(20, relevant.size());
            long hit = top20.stream().filter(relevant::contains).count();
            wanted += expected;
            found += hit;
            for (int rank = 0; rank < top20.size(); rank++) {
                if (relevant.contains(top20.get(rank))) {
                    reciprocalRanks += 1.0 / (rank + 1);
                    break;
                }
            }
            if (hit < expected) {
                problems.add(slip.typed() + " (" + slip.meant() + "): " + hit + " of " + expected);
            }
        }
        double recall = (double) found / wanted;
        double mrr = reciprocalRanks / slips.size();
        System.out.printf("Misspelt Thai search: %d queries over %d passages: recall@20 %.3f (%d/%d), MRR %.3f%nmissed: %s%n",
                slips.size(), passages.size(), recall, found, wanted, mrr, problems);
        assertTrue(slips.size() >= 60, "at least 60 queries in the set");
        assertTrue(recall >= 0.90 && mrr >= 0.90, "recall@20 " + recall + ", MRR " + mrr + "; missed: " + problems);
    }

    @Test
    void theResultSaysWhatWasSearchedInsteadAndTheTypedFormCanStillBeSearched() throws IOException {
        SearchResult meant = search("ปฎิบัติ", false);
        assertEquals("ปฏิบัติ", meant.respelled());
        assertTrue(meant.total() > 0);
        SearchResult typed = search("ปฎิบัติ", true);
        assertEquals(0, typed.total(), "as typed, the misspelling is in no passage");
        assertNull(typed.respelled());
        assertNull(search("ปฏิบัติ", false).respelled(), "a word that is found is never respelled");
    }

    @Test
    void englishIsRespelledAsWholeWordsJoinedSplitOrHyphenated() throws IOException {
        assertEquals("learning", search("learnnig", false).respelled(), "a whole word, not the index's stem");
        assertEquals("learning", search("elearnig", false).respelled(), "never the stem learn");
        assertEquals("e-training", search("etraining", false).respelled());
        assertNull(search("web site", false).respelled(), "each part of English typed apart is found inside the joined word");
        assertTrue(search("web site", false).total() > 0);
        assertEquals("power point", search("powerpoint", false).respelled());
        assertEquals("ก.ค.ศ.", search("กคศ", false).respelled());
    }

    @Test
    void whatWasTypedFoundInAFewItemsRanksAboveWhatWasMeant() throws IOException {
        List<String> passages = ThaiSearchQualityTest.passages;
        List<Long> literal = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            if (ThaiSearchQualityTest.contains(passages.get(i), "บริหารร")) {
                literal.add((long) i);
            }
        }
        assertTrue(!literal.isEmpty() && literal.size() < Respelling.FEW, "the passages have บริหารร a few times: " + literal);
        SearchResult result = search("บริหารร", false);
        assertEquals("บริหาร", result.respelled());
        List<Long> ids = result.hits().stream().map(SearchResult.Hit::id).toList();
        assertEquals(Set.copyOf(literal), Set.copyOf(ids.subList(0, literal.size())), "the typed text's own hits first: " + ids);
        assertTrue(ids.size() > literal.size());
    }

    @Test
    void suggestionsWhileTypingForgiveTheSameSlips() throws IOException {
        SearchEngine titles = new SearchEngine(new org.apache.lucene.store.ByteBuffersDirectory());
        titles.put(ThaiSearchQualityTest.newsTitled(1, "ประชุมเครือข่ายศึกษานิเทศก์", "PUBLIC"));
        titles.put(ThaiSearchQualityTest.newsTitled(2, "แผนงานเครือข่ายโรงเรียน", "STAFF"));
        titles.refresh();
        List<String> offered = titles.suggest("เครือขาย", Set.of("PUBLIC"), Instant.now(), 5);
        assertTrue(offered.contains("ประชุมเครือข่ายศึกษานิเทศก์"), offered.toString());
        assertTrue(offered.stream().noneMatch(s -> s.contains("โรงเรียน")), "never a staff item's title: " + offered);
        titles.close();
    }

    @Test
    void nothingIsRespelledIntoWhatTheReaderMayNotSee() throws IOException {
        SearchResult staffOnly = ThaiSearchQualityTest.engine.search(new SearchQuery("ปฎิบัติ", Set.of("STAFF"), Instant.now(), null,
                null, null, null, null, SearchQuery.Order.RELEVANCE, 0, 20), false);
        assertEquals(0, staffOnly.total());
        assertNull(staffOnly.respelled(), "no notice for a respelling that shows nothing");
    }
}
