/**
 * Online supervision: coaching threads between supervisors and a school or its teachers, and the yearly
 * supervision plan.
 * <p>
 * {@code Supervision} (a content item, staff-only visibility, open to its participants and its school's
 * director through {@code ContentItem.isOpenTo}, and in search through {@code searchReaders}: keys
 * beside the visibility that {@code SearchService} matches with the caller's own), {@code
 * SupervisionMessage}, {@code CoachingStep}, {@code SupervisionService} (open, post, record steps,
 * done, close; states; overdue follow-ups), {@code SupervisionFollowUps} (every 10 min), {@code
 * SupervisionRecord} (the record PDF) + {@code SupervisionRecordServlet}, pages {@code
 * views/supervisions/*}, {@code /api/v1/supervisions}; the yearly plan: {@code PlannedSupervision},
 * {@code SupervisionPlans} (held is read from supervisions and steps), {@code SupervisionPlanBean} +
 * {@code plan.xhtml}, {@code /api/v1/supervision-plans}.
 * <p>
 * Glossary: Supervision การนิเทศออนไลน์, the yearly plan แผนการนิเทศ.
 * <p>
 * Entry points: SupervisionService, SupervisionPlans; /api/v1/supervisions, /api/v1/supervision-plans;
 * pages /supervisions, /supervisions/plan.
 */
package th.nithet.supervision;
