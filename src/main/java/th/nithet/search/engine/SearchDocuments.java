package th.nithet.search.engine;

import th.nithet.search.SearchDocument;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

import java.io.IOException;
import java.time.ZoneId;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;

/**
 * How an item is laid out in the index: its text twice (words and grams, see {@link ThaiAnalysis}),
 * what results show and sort on, and the facets. {@link SearchEngine#SCHEMA} changes with this layout.
 */
final class SearchDocuments {

    static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    private static final FieldType WORDS_WITH_OFFSETS = textType(true);
    private static final FieldType GRAMS = textType(false);

    /**
     * Title, body, attachments and their names as grams, one field, positions only: "contains" is one
     * phrase per typed part here instead of one in each field (half the time to count a large result).
     * The per-field gram fields stay for ranking by field and for marking snippets (they keep offsets).
     */
    static final String TEXT_GRAMS = "text_g";
    private static final FieldType TEXT = textPositionsType();

    static final FacetsConfig FACETS = facetsConfig();

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("area", true);
        return config;
    }

    private SearchDocuments() {
    }

    private static FieldType textPositionsType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.freeze();
        return type;
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setStored(stored);
        type.freeze();
        return type;
    }

    /** The item as Lucene keeps it, with its facets. */
    static Document of(SearchDocument d) throws IOException {
        return FACETS.build(document(d));
    }

    private static Document document(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField("key", d.key(), Field.Store.YES));
        doc.add(new StringField("type", d.type(), Field.Store.YES));
        doc.add(new StoredField("id", d.id()));
        doc.add(new StringField("visibility", d.visibility(), Field.Store.NO));
        // people it is open to beyond its visibility: searches bring their own keys among the visibilities
        for (String reader : d.readers()) {
            doc.add(new StringField("visibility", reader, Field.Store.NO));
        }
        doc.add(new Field("title", d.title(), WORDS_WITH_OFFSETS));
        doc.add(new Field("title_g", d.title(), GRAMS));
        doc.add(new Field(TEXT_GRAMS, d.title(), TEXT));
        String body = d.body() == null ? "" : d.body();
        doc.add(new Field("body", body, WORDS_WITH_OFFSETS));
        doc.add(new Field("body_g", body, GRAMS));
        doc.add(new Field(TEXT_GRAMS, body, TEXT));
        for (SearchDocument.File file : d.files()) {
            doc.add(new StoredField("file_name", file.name()));
            String text = file.text() == null ? "" : file.text();
            doc.add(new Field("files", text, WORDS_WITH_OFFSETS));
            doc.add(new Field("files_g", text, GRAMS));
            doc.add(new Field("files_g", file.name(), GRAMS));
            doc.add(new Field(TEXT_GRAMS, text, TEXT));
            doc.add(new Field(TEXT_GRAMS, file.name(), TEXT));
        }
        long published = d.publishAt() == null ? 0 : d.publishAt().toEpochMilli();
        doc.add(new LongPoint("published", published));
        doc.add(new NumericDocValuesField("published", published));
        doc.add(new StoredField("published", published));
        doc.add(new NumericDocValuesField("views", d.views()));
        doc.add(new StoredField("views", d.views()));
        doc.add(new NumericDocValuesField("stamp", d.stamp()));
        doc.add(new StoredField("path", d.path()));
        doc.add(new StoredField("author_name", d.authorName() == null ? "" : d.authorName()));
        doc.add(new StoredField("author", d.authorUsername() == null ? "" : d.authorUsername()));
        doc.add(new SortedSetDocValuesFacetField("type", d.type()));
        for (String area : d.learningAreas()) {
            doc.add(new SortedSetDocValuesFacetField("area", area));
            doc.add(new StoredField("area", area));
        }
        if (d.category() != null && !d.category().isBlank()) {
            doc.add(new SortedSetDocValuesFacetField("category", d.category()));
            doc.add(new StoredField("category", d.category()));
        }
        if (d.publishAt() != null) {
            doc.add(new SortedSetDocValuesFacetField("year",
                    Integer.toString(ThaiBuddhistDate.from(d.publishAt().atZone(ZONE).toLocalDate()).get(ChronoField.YEAR))));
        }
        if (d.authorUsername() != null) {
            doc.add(new SortedSetDocValuesFacetField("author", d.authorUsername()));
        }
        return doc;
    }
}
