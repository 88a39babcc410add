/**
 * Thai words for search: {@code ThaiAnalysis} (Lucene analyzers — words: ICU segmentation + NFKC case
 * fold that keeps Thai marks + digit folding + English stemming; grams: two characters at a time over
 * each space-separated run, folded in char filters), {@code ThaiSpelling} (a Thai-aware edit distance:
 * how far one spelling is from another, and how many slips a word of this length may have) and {@code
 * ThaiSoundKey} (the LK82 sound key: words that are read alike). See {@code shared/notes/thai-search.md}
 * for why each choice was made.
 * <p>
 * Glossary: การตัดคำ (word segmentation), คำพ้องเสียง (words read alike).
 */
package th.nithet.search.thai;
