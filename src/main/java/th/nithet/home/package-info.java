/**
 * The home page.
 * <p>
 * The home page's lists (featured practices too).
 * <p>
 * Glossary: หน้าแรก (the home page).
 * <p>
 * Entry points: the home page's bean.
 */
package th.nithet.home;
