package th.nithet.search.engine;

import th.nithet.search.SearchDocument;
import th.nithet.search.thai.ThaiAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Totals and facet counts: exact for small results, estimated from a sample for large ones; ranking passes. */
class SearchEngineTest {

    private static final Instant PUBLISHED = Instant.parse("2024-06-01T00:00:00Z");

    private static SearchDocument item(long id, String title, String body, String area) {
        return new SearchDocument("knowledge", id, title, body, List.of(), "PUBLIC", PUBLISHED, List.of(area), null, "seed",
                "เอกสารต้นแบบ", "/knowledge/" + id, 0, 1);
    }

    private static SearchQuery query(String text, boolean facets) {
        return new SearchQuery(text, Set.of("PUBLIC"), Instant.now(), null, null, null, null, null,
                SearchQuery.Order.RELEVANCE, 0, 10, facets);
    }

    /** As someone whose visibilities (and reader keys) these are; no facets. */
    private static SearchQuery query(String text, Set<String> visibilities) {
        return new SearchQuery(text, visibilities, Instant.now(), null, null, null, null, null,
                SearchQuery.Order.RELEVANCE, 0, 10, false);
    }

    @Test
    void smallResultsAreCountedExactlyLargeOnesEstimated() throws IOException {
        try (SearchEngine engine = new SearchEngine(new ByteBuffersDirectory())) {
            for (int i = 0; i < 4_000; i++) {
                engine.put(item(i, "เรื่องที่ " + i, (i % 400 == 0 ? "วิทยฐานะ " : "") + "การนิเทศภายในโรงเรียน",
                        i % 4 == 0 ? "mathematics" : "thai"));
            }
            engine.refresh();

            SearchResult few = engine.search(query("วิทยฐานะ", true));
            assertTrue(few.totalExact());
            assertFalse(few.facetsEstimated());
            assertEquals(10, few.total());
            assertEquals(10, few.hits().size());

            SearchResult many = engine.search(query("นิเทศ", true));
            assertFalse(many.totalExact(), "4,000 hits: estimated");
            assertTrue(many.facetsEstimated());
            assertTrue(many.total() > 3_000 && many.total() < 5_000, "about one in 16 of 4,000 hits, scaled back: " + many.total());
            List<SearchResult.FacetValue> areas = many.facets().get("area");
            assertEquals(List.of("thai", "mathematics"), areas.stream().map(SearchResult.FacetValue::value).toList());
            // every 4th item is mathematics: a sample that lined up with the order of indexing would see only one area
            assertTrue(areas.get(1).count() > 600 && areas.get(1).count() < 1_400, areas.toString());
            assertEquals(10, many.hits().size());

            SearchResult api = engine.search(query("นิเทศ", false));
            assertEquals(many.total(), api.total(), "the same sample each time");
            assertFalse(api.totalExact());
            assertTrue(api.facets().isEmpty(), "no facets when not asked for");
        }
    }

    @Test
    void wordMatchesComeFirstThenTheTextInsideOtherWords() throws IOException {
        try (SearchEngine engine = new SearchEngine(new ByteBuffersDirectory())) {
            engine.put(item(1, "เรื่องหนึ่ง", "ศึกษานิเทศก์ประจำเขต", "thai"));
            engine.put(item(2, "เรื่องสอง", "การนิเทศ ภายในโรงเรียน", "thai"));
            engine.put(item(3, "เรื่องสาม", "ไม่เกี่ยวข้อง", "thai"));
            engine.refresh();
            SearchResult result = engine.search(query("นิเทศ", true));
            assertEquals(2, result.total());
            assertTrue(result.totalExact());
            assertEquals(List.of(new SearchResult.FacetValue("thai", 2)), result.facets().get("area"), "counted on the hits the top passes saw");
            assertEquals(List.of(2L, 1L), result.hits().stream().map(SearchResult.Hit::id).toList());
            assertTrue(result.hits().get(0).score() >= result.hits().get(1).score(), "scores never rise down the list");
            assertTrue(result.hits().get(1).snippet().contains("<mark>"), result.hits().get(1).snippet());
        }
    }

    @Test
    void itemsWithEveryTypedPartAsAWordComeFirst() throws IOException {
        try (SearchEngine engine = new SearchEngine(new ByteBuffersDirectory())) {
            engine.put(item(1, "ศึกษานิเทศก์กับโรงเรียน", "ศึกษานิเทศก์ออกเยี่ยมโรงเรียน", "thai"));
            engine.put(item(2, "บันทึก", "การนิเทศ ภายในโรงเรียน", "thai"));
            engine.put(item(3, "โรงเรียน", "ไม่มีคำที่ค้น", "thai"));
            for (int i = 4; i <= 9; i++) {
                engine.put(item(i, "บันทึกที่ " + i, "การนิเทศ ติดตามผล", "thai"));
            }
            engine.refresh();
            SearchResult result = engine.search(query("นิเทศ โรงเรียน", false));
            // item 1 has โรงเรียน in its title too, but นิเทศ only inside ศึกษานิเทศก์; item 3 lacks นิเทศ
            assertEquals(List.of(2L, 1L), result.hits().stream().map(SearchResult.Hit::id).toList());
        }
    }

    @Test
    void aWordInMostItemsStillHasToBeThere() throws IOException {
        try (SearchEngine engine = new SearchEngine(new ByteBuffersDirectory())) {
            for (int i = 1; i <= 20; i++) {
                engine.put(item(i, i == 7 ? "วิทยฐานะครู" : "เรื่องที่ " + i, "การประเมิน" + (i % 2 == 0 ? "วิทยฐานะ" : "ผลงาน"), "thai"));
            }
            for (int i = 21; i <= 25; i++) {
                engine.put(item(i, "เรื่องที่ " + i, "ครูขอวิทยฐานะ", "thai"));
            }
            engine.refresh();
            // การ is in 20 of 25 items: it does not rank, yet an item without it is no hit
            SearchResult result = engine.search(query("การ วิทยฐานะ", false));
            assertEquals(11, result.total(), "items 2, 4 … 20 and 7, which has วิทยฐานะ in its title");
            List<Long> ids = result.hits().stream().map(SearchResult.Hit::id).toList();
            assertEquals(7L, ids.get(0), "the title match ranks first: " + ids);
            assertTrue(ids.stream().allMatch(id -> id == 7 || id % 2 == 0 && id <= 20), ids.toString());
        }
    }

    @Test
    void textIsNotFoundAcrossTheEndOfOneFieldOrAttachmentAndTheStartOfTheNext() throws IOException {
        try (SearchEngine engine = new SearchEngine(new ByteBuffersDirectory())) {
            engine.put(new SearchDocument("knowledge", 1, "รายงานการ", "ศึกษาต่อ",
                    List.of(new SearchDocument.File(1, "ก.pdf", "ครูผู้"), new SearchDocument.File(2, "ข.pdf", "สอนดี")),
                    "PUBLIC", PUBLISHED, List.of("thai"), null, "seed", "เอกสารต้นแบบ", "/knowledge/1", 0, 1));
            engine.refresh();
            assertEquals(1, engine.search(query("รายงานการ", false)).total());
            assertEquals(1, engine.search(query("ศึกษาต่อ", false)).total());
            assertEquals(1, engine.search(query("ครูผู้", false)).total());
            assertEquals(0, engine.search(query("การศึกษา", false)).total(), "the title's end and the body's start");
            assertEquals(0, engine.search(query("ผู้สอน", false)).total(), "one attachment's end and the next one's start");
            assertEquals(0, engine.search(query("ต่อครู", false)).total(), "the body's end and an attachment's start");
        }
    }

    @Test
    void anIndexOfTheLayoutBeforeTextGramsIsSearchedWhileItIsRebuilt() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        // layout 1, as SearchEngine wrote it before text_g: words and grams field by field
        Map<String, Analyzer> grams = new HashMap<>();
        for (String field : List.of("title_g", "body_g")) {
            grams.put(field, ThaiAnalysis.grams());
        }
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new PerFieldAnalyzerWrapper(
                        ThaiAnalysis.words(), grams)))) {
            Document doc = new Document();
            doc.add(new StringField("key", "knowledge:1", Field.Store.YES));
            doc.add(new StringField("type", "knowledge", Field.Store.YES));
            doc.add(new StoredField("id", 1L));
            doc.add(new StringField("visibility", "PUBLIC", Field.Store.NO));
            for (String[] field : new String[][]{{"title", "คู่มือ"}, {"body", "ศึกษานิเทศก์ประจำเขต"}}) {
                doc.add(new TextField(field[0], field[1], Field.Store.YES));
                doc.add(new TextField(field[0] + "_g", field[1], Field.Store.NO));
            }
            long published = PUBLISHED.toEpochMilli();
            doc.add(new LongPoint("published", published));
            doc.add(new StoredField("published", published));
            doc.add(new StoredField("path", "/knowledge/1"));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of(SearchEngine.SCHEMA_KEY, "1").entrySet());
            writer.commit();
        }
        try (SearchEngine engine = new SearchEngine(directory)) {
            assertEquals("1", engine.commitData().get(SearchEngine.SCHEMA_KEY), "an old layout: SearchIndex rebuilds it");
            SearchResult result = engine.search(query("นิเทศ", false));
            assertEquals(List.of(1L), result.hits().stream().map(SearchResult.Hit::id).toList(), "found inside ศึกษานิเทศก์ meanwhile");
            assertEquals(0, engine.search(query("นิเทศก์ประจำเขตอื่น", false)).total());
        }
    }

    @Test
    void anItemOpenToSomeoneBeyondItsVisibilityIsFoundByThemOnly() throws IOException {
        try (SearchEngine engine = new SearchEngine(new ByteBuffersDirectory())) {
            engine.put(new SearchDocument("supervision", 1, "นิเทศการสอนเชิงรุก", "ติดตามการใช้สื่อ", List.of(), "STAFF", PUBLISHED,
                    List.of(), null, "sn", "ศน.ทะเล", "/supervisions/1", 0, 1,
                    List.of(SearchDocument.reader(7), SearchDocument.headsOf(3))));
            engine.refresh();
            for (String key : List.of(SearchDocument.reader(7), SearchDocument.headsOf(3), "STAFF")) {
                assertEquals(1, engine.search(query("เชิงรุก", Set.of("PUBLIC", "MEMBERS", key))).total(), key);
            }
            for (String key : List.of(SearchDocument.reader(8), SearchDocument.headsOf(4))) {
                assertEquals(0, engine.search(query("เชิงรุก", Set.of("PUBLIC", "MEMBERS", key))).total(), key);
            }
        }
    }

    @Test
    void aDidYouMeanThatFindsNothingIsNotCorrectedAgain() throws IOException {
        try (SearchEngine engine = new SearchEngine(new ByteBuffersDirectory())) {
            // one word only in a title, its near spelling only in a body, both out of the reader's sight: each
            // "corrects" to the other (title first, then body), which went round until the stack ran out
            engine.put(new SearchDocument("knowledge", 1, "qualitya", "เนื้อหา", List.of(), "STAFF", PUBLISHED,
                    List.of(), null, "sn", "ศน.ทะเล", "/knowledge/1", 0, 1));
            engine.put(new SearchDocument("knowledge", 2, "หัวข้อ", "qualityb", List.of(), "STAFF", PUBLISHED,
                    List.of(), null, "sn", "ศน.ทะเล", "/knowledge/2", 0, 1));
            engine.refresh();
            SearchResult result = engine.search(query("qualityc", Set.of("PUBLIC")), true);
            assertEquals(0, result.total());
            assertNull(result.didYouMean(), "nothing the reader may see is offered");
        }
    }

    @Test
    void theSampleIsAboutOneDocumentInN() throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (SearchEngine engine = new SearchEngine(directory)) {
            for (int i = 0; i < 1_000; i++) {
                engine.put(item(i, "ชื่อ " + i, "เนื้อหา", "thai"));
                if (i % 300 == 299) {
                    engine.commit(Map.of()); // several segments
                }
            }
            engine.commit(Map.of());
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertTrue(reader.leaves().size() > 1);
                IndexSearcher searcher = new IndexSearcher(reader);
                int sampled = searcher.count(new SampleQuery(16));
                assertTrue(sampled > 40 && sampled < 90, "about 1,000 / 16: " + sampled);
                SampleQuery sample = new SampleQuery(16);
                int expected = 0;
                for (int doc = 0; doc < 1_000; doc++) {
                    expected += sample.sampled(doc) ? 1 : 0;
                }
                assertEquals(expected, sampled, "across segments, by number in the whole index");
                assertEquals(1_000, searcher.count(new SampleQuery(1)));
            }
        }
    }

    @Test
    void estimatesAreRoundedToTwoDigits() {
        assertEquals(47_000, HitCounts.roughly(47_312));
        assertEquals(2_100, HitCounts.roughly(2_064));
        assertEquals(96, HitCounts.roughly(96));
        assertEquals(1_000_000, HitCounts.roughly(995_000));
    }
}
