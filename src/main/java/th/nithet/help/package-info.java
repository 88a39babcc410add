/**
 * The user manual (#19): written in Markdown under {@code docs/manual/} (Thai and English, one chapter per role),
 * carried in the jar and served at {@code /help}, with the header's help link pointing at the chapter for the page
 * the reader is on ({@link th.nithet.help.HelpTopics}), and as one PDF set by the project's own PDF code
 * ({@link th.nithet.help.ManualPdf}). Its pictures are taken by the browser tests on the demo office (ManualIT).
 */
package th.nithet.help;
