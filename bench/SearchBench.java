import org.apache.lucene.store.FSDirectory;
import th.nithet.search.SearchDocument;
import th.nithet.search.engine.SearchEngine;
import th.nithet.search.engine.SearchQuery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Index N generated Thai/English documents (words drawn from the seed passages, with English terms
 * and numbers in Thai and Arabic digits), then time 1- to 3-word queries with facets through
 * SearchEngine (as the search page asks: with facets; and as the API asks: without), side by side with
 * two bare Lucene queries on the same index: one gram phrase on the body, and the engine's own ranking query.
 * Usage (bench/search.sh builds the class path): java -cp … bench/SearchBench.java <dir> [documents] [queries]
 */
public class SearchBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        List<String> vocabulary = vocabulary(Path.of("src/test/resources/search/passages.txt"));
        String[] english = {"Active Learning", "PLC", "UTQ Online", "DLTV", "Coaching", "Mentoring", "O-NET", "e-Training", "ICT", "STEM"};
        String[] areas = {"thai", "mathematics", "science", "social", "health-pe", "arts", "occupations", "foreign-languages"};
        Random random = new Random(42);
        System.out.printf("vocabulary %d words; %d documents%n", vocabulary.size(), documents);

        long t0 = System.nanoTime();
        try (SearchEngine engine = new SearchEngine(FSDirectory.open(dir))) {
            // an index of this size left in <dir> by an earlier run is searched again (the documents are
            // still generated, so the queries come out the same); bench/search.sh always starts afresh
            boolean reuse = engine.documentCount() == documents;
            for (int i = 0; i < documents; i++) {
                StringBuilder body = new StringBuilder();
                int words = 25 + random.nextInt(50);
                for (int w = 0; w < words; w++) {
                    int roll = random.nextInt(100);
                    if (roll < 4) {
                        body.append(english[random.nextInt(english.length)]).append(' ');
                    } else if (roll < 6) {
                        body.append(random.nextBoolean() ? "๒๕๖" + random.nextInt(10) : "256" + random.nextInt(10)).append(' ');
                    } else {
                        body.append(vocabulary.get(random.nextInt(vocabulary.size())));
                        if (random.nextInt(5) == 0) {
                            body.append(' ');
                        }
                    }
                }
                StringBuilder title = new StringBuilder();
                for (int w = 0; w < 4; w++) {
                    title.append(vocabulary.get(random.nextInt(vocabulary.size())));
                }
                SearchDocument document = new SearchDocument(random.nextBoolean() ? "knowledge" : "news", i, title.toString(), body.toString(),
                        List.of(), random.nextInt(10) == 0 ? "STAFF" : "PUBLIC", Instant.parse("2023-01-01T00:00:00Z").plusSeconds(random.nextInt(60_000_000)),
                        List.of(areas[random.nextInt(areas.length)]), null, "author" + random.nextInt(50), "ผู้เขียน " + random.nextInt(50),
                        "/knowledge/" + i, random.nextInt(1000), 1);
                if (!reuse) {
                    engine.put(document);
                }
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("  %,d indexed (%.0f docs/s)%n", i + 1, (i + 1) / ((System.nanoTime() - t0) / 1e9));
                }
            }
            engine.commit(java.util.Map.of());
            engine.refresh();
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(reuse ? "reused the index of %,d documents (%.0f s to generate them; %.0f docs/s meaningless); size %.2f GB%n"
                    : "indexed %,d documents in %.0f s: %.0f docs/s; index size %.2f GB%n", documents, indexSeconds,
                    documents / indexSeconds, engine.sizeBytes() / 1e9);

            List<String> qs = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                int n = 1 + random.nextInt(3);
                List<String> parts = new ArrayList<>();
                for (int w = 0; w < n; w++) {
                    parts.add(random.nextInt(8) == 0 ? english[random.nextInt(english.length)].split(" ")[0]
                            : vocabulary.get(random.nextInt(vocabulary.size())));
                }
                qs.add(String.join(" ", parts));
            }
            // warm up
            for (int i = 0; i < Math.min(200, qs.size()); i++) {
                search(engine, qs.get(i), true);
                search(engine, qs.get(i), false);
                engine.bareCount(qs.get(i));
                engine.bareRanked(query(qs.get(i), false));
            }
            // each query through all four in turn, so a neighbour's load falls on all of them alike
            long[] page = new long[queries];
            long[] api = new long[queries];
            long[] bare = new long[queries];
            long[] ranked = new long[queries];
            int estimated = 0;
            for (int i = 0; i < queries; i++) {
                long s = System.nanoTime();
                boolean exact = search(engine, qs.get(i), true).totalExact();
                page[i] = System.nanoTime() - s;
                estimated += exact ? 0 : 1;
                s = System.nanoTime();
                search(engine, qs.get(i), false);
                api[i] = System.nanoTime() - s;
                s = System.nanoTime();
                engine.bareCount(qs.get(i));
                bare[i] = System.nanoTime() - s;
                s = System.nanoTime();
                engine.bareRanked(query(qs.get(i), false));
                ranked[i] = System.nanoTime() - s;
            }
            for (long[] times : List.of(page, api, bare, ranked)) {
                java.util.Arrays.sort(times);
            }
            System.out.printf("%d queries; %d (%.0f %%) with more than ~2,000 hits (estimated total and facets)%n", queries, estimated,
                    100.0 * estimated / queries);
            System.out.printf("search page: visibility, total, facets, 10 highlighted hits: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    ms(page, .5), ms(page, .95), ms(page, .99));
            System.out.printf("API: the same without facets:                            p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    ms(api, .5), ms(api, .95), ms(api, .99));
            System.out.printf("bare Lucene A: one gram phrase on the body, top 10:       p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    ms(bare, .5), ms(bare, .95), ms(bare, .99));
            System.out.printf("bare Lucene B: the engine's ranking query, top 10:        p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    ms(ranked, .5), ms(ranked, .95), ms(ranked, .99));
            System.out.printf("overhead at p95: page / A %.2f×, page / B %.2f×, API / B %.2f×%n", ms(page, .95) / Math.max(0.001, ms(bare, .95)),
                    ms(page, .95) / Math.max(0.001, ms(ranked, .95)), ms(api, .95) / Math.max(0.001, ms(ranked, .95)));
            misspelt(engine, bare);
        }
    }

    /**
     * The misspelt queries of the quality test (#18), each as the search page runs it, round and round
     * until 500 are timed; a query the index has nothing for is respelled, so this is the slow path.
     */
    static void misspelt(SearchEngine engine, long[] bareSorted) throws Exception {
        List<String> typed = Files.readAllLines(Path.of("src/test/resources/search/misspellings.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
        for (String q : typed) {
            search(engine, q, true); // warm up
        }
        long[] times = new long[500];
        int respelled = 0;
        for (int i = 0; i < times.length; i++) {
            long s = System.nanoTime();
            respelled += search(engine, typed.get(i % typed.size()), true).respelled() != null ? 1 : 0;
            times[i] = System.nanoTime() - s;
        }
        java.util.Arrays.sort(times);
        System.out.printf("misspelt queries (%d, %d of %d searches respelled), search page: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; p95 / A %.2f×%n",
                typed.size(), respelled, times.length, ms(times, .5), ms(times, .95), ms(times, .99),
                ms(times, .95) / Math.max(0.001, ms(bareSorted, .95)));
    }

    static SearchQuery query(String q, boolean facets) {
        return new SearchQuery(q, Set.of("PUBLIC", "MEMBERS"), Instant.now(), null, null, null, null, null,
                SearchQuery.Order.RELEVANCE, 0, 10, facets);
    }

    static th.nithet.search.engine.SearchResult search(SearchEngine engine, String q, boolean facets) throws Exception {
        return engine.search(query(q, facets));
    }

    static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))] / 1e6;
    }

    /** The words of the seed passages, as ICU's Thai dictionary cuts them. */
    static List<String> vocabulary(Path passages) throws Exception {
        List<String> words = new ArrayList<>();
        BreakIterator breaker = BreakIterator.getWordInstance(new Locale("th"));
        for (String line : Files.readAllLines(passages)) {
            breaker.setText(line);
            int start = breaker.first();
            for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
                String w = line.substring(start, end).strip();
                if (w.length() >= 2 && w.codePoints().anyMatch(Character::isLetter)) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
