/**
 * The demo office (สำนักงานตัวอย่าง): {@code java -jar nithet.jar --demo} (or {@code NITHET_DEMO=true}) fills an empty
 * database with a fictional Thai area office and six months of its work, so that an office deciding whether to adopt
 * Nithet sees every part working. {@code DemoOffice} (at start: refuses a database that holds data, claims the work once
 * per cluster through {@code DemoState}'s one-row table, logs the sign-in accounts), {@code DemoPeople} (networks,
 * schools, supervisors, directors, teachers), {@code DemoWriting} (news, knowledge with PDF documents, questions and
 * answers, best practices at every stage of review, comments, likes), {@code DemoViews} (six months of views through the
 * view counter), {@code DemoTexts}/{@code DemoNames} (the Thai words it writes with) and {@code DemoStory} (the seeded
 * dice and calendar).
 * <p>
 * Everything goes through the features' services as the person who would do it ({@code content.Viewers.actingAs}) on
 * the day they would have ({@code platform.time.PortalClock.asOf}); only this package may use those two
 * (ArchitectureTest). All names, schools and texts are made up here; the same seed gives the same office.
 * <p>
 * Glossary: สำนักงานตัวอย่าง (demo office).
 */
package th.nithet.demo;
