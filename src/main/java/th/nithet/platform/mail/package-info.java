/**
 * The durable {@code Outbox} (features queue mail in their own transaction) and {@code OutboxSender}
 * (every 5 s, claims each message with an atomic update so several instances never send one twice,
 * retries with back-off); {@code MailSettings} reads {@code NITHET_SMTP_*}.
 * <p>
 * Shared by the features; uses no feature package (ArchitectureTest).
 */
package th.nithet.platform.mail;
