/**
 * The administrator's pages.
 * <p>
 * The administrator's pages (system status so far).
 * <p>
 * Glossary: ผู้ดูแลระบบ (the administrator).
 * <p>
 * Entry points: the pages under /admin/.
 */
package th.nithet.administration;
