import org.apache.lucene.store.FSDirectory;
import th.nithet.search.SearchDocument;
import th.nithet.search.SearchEngine;
import th.nithet.search.SearchQuery;

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
 * SearchEngine, side by side with a bare Lucene gram phrase query on the same index.
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
                engine.put(new SearchDocument(random.nextBoolean() ? "knowledge" : "news", i, title.toString(), body.toString(),
                        List.of(), random.nextInt(10) == 0 ? "STAFF" : "PUBLIC", Instant.parse("2023-01-01T00:00:00Z").plusSeconds(random.nextInt(60_000_000)),
                        List.of(areas[random.nextInt(areas.length)]), null, "author" + random.nextInt(50), "ผู้เขียน " + random.nextInt(50),
                        "/knowledge/" + i, random.nextInt(1000), 1));
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("  %,d indexed (%.0f docs/s)%n", i + 1, (i + 1) / ((System.nanoTime() - t0) / 1e9));
                }
            }
            engine.commit(java.util.Map.of());
            engine.refresh();
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("indexed %,d documents in %.0f s: %.0f docs/s; index size %.2f GB%n", documents, indexSeconds,
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
            for (int i = 0; i < 200; i++) {
                search(engine, qs.get(i));
                engine.bareCount(qs.get(i));
            }
            long[] full = new long[queries];
            long[] bare = new long[queries];
            for (int i = 0; i < queries; i++) {
                long s = System.nanoTime();
                search(engine, qs.get(i));
                full[i] = System.nanoTime() - s;
                s = System.nanoTime();
                engine.bareCount(qs.get(i));
                bare[i] = System.nanoTime() - s;
            }
            java.util.Arrays.sort(full);
            java.util.Arrays.sort(bare);
            System.out.printf("search with visibility, facets, highlights (10 hits): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    ms(full, .5), ms(full, .95), ms(full, .99));
            System.out.printf("bare Lucene gram phrase on body:                    p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    ms(bare, .5), ms(bare, .95), ms(bare, .99));
            System.out.printf("overhead ratio at p95: %.2f×%n", ms(full, .95) / Math.max(0.001, ms(bare, .95)));
        }
    }

    static void search(SearchEngine engine, String q) throws Exception {
        engine.search(new SearchQuery(q, Set.of("PUBLIC", "MEMBERS"), Instant.now(), null, null, null, null, null,
                SearchQuery.Order.RELEVANCE, 0, 10));
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
