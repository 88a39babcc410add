/**
 * Academic news from the office: supervisors write, everyone reads.
 * <p>
 * {@code News}, {@code NewsService} (staff write; author or admin change; schedule, pin, cover), pages
 * {@code views/news/*}, {@code /api/v1/news}, the Atom feed.
 * <p>
 * Glossary: News ข่าวสารวิชาการ.
 * <p>
 * Entry points: NewsService; /api/v1/news; pages /news, /news/{id}; the Atom feed.
 */
package th.nithet.news;
