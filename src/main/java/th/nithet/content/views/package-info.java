/**
 * Counting views (จำนวนผู้เข้าชม), exactly and cheaply: {@code Visitors} (who is viewing — an account, or
 * a visitor known by a random cookie, kept only as a 16-byte hash; robots are not counted), {@code
 * ViewCounter} (views buffered in memory, written in batches every 2 s and at shutdown, once per view even
 * with several instances) and {@code ViewRollups} (in the same transaction, the small tables the
 * statistics read: by day, type, learning area and school; each item's months and fiscal years; visitors
 * of the week, month and year).
 * <p>
 * Glossary: ยอดเข้าชม (views), ผู้เข้าชม (visitors).
 * <p>
 * Entry point: ViewCounter (an item page counts its view through it).
 */
package th.nithet.content.views;
