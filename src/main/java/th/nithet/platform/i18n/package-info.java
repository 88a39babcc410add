/**
 * Thai/English: {@code Languages} (cookie {@code nithet-lang}), {@code LanguageServlet} ({@code
 * /language?to=en&amp;next=…}), {@code Messages} for Java code; bundles in {@code
 * src/main/resources/th/nithet/platform/i18n/}.
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.i18n;
