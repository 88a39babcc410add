/**
 * Notifications: the bell, mail at once or as a daily digest.
 * <p>
 * {@code Notifications.send} (in the caller's transaction: the bell's row, and mail through the outbox
 * at once or waiting for the digest), {@code NotificationDigests} (07:00 Bangkok), {@code
 * NotificationsBean} (the bell, {@code /notifications.xhtml}), {@code /api/v1/notifications}; {@code
 * news.NewsAnnouncements} tells people of news in their learning areas once it is live.
 * <p>
 * Glossary: การแจ้งเตือน (notifications), the bell.
 * <p>
 * Entry points: Notifications.send (for other features); /api/v1/notifications; page
 * /notifications.xhtml.
 */
package th.nithet.notifications;
