/**
 * The knowledge bank: articles, manuals and media in a tree of categories, every save kept as a
 * version.
 * <p>
 * {@code Article}, {@code ArticleCategory} (a tree), {@code ArticleVersion}; {@code KnowledgeService}
 * (every save a version, restore), pages {@code views/knowledge/*}, {@code /api/v1/knowledge} (the
 * contract tools rely on).
 * <p>
 * Glossary: Article ขุมความรู้ (knowledge bank).
 * <p>
 * Entry points: KnowledgeService; /api/v1/knowledge; pages /knowledge, /knowledge/{id}.
 */
package th.nithet.knowledge;
