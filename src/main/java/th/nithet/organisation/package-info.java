/**
 * The office itself: its school networks, schools and learning areas.
 * <p>
 * {@code AreaOffice} (the office's name and director from {@code NITHET_OFFICE_*}, for certificates and
 * reports), learning areas (seeded, editable, {@code admin/learning-areas.xhtml}), school networks,
 * schools ({@code admin/schools.xhtml}: add and edit in one form per kind); {@code OrganisationService}
 * (reads for all, writes {@code @RolesAllowed(ADMIN)}), {@code SchoolImport} + {@code
 * admin/import-schools.xhtml}, {@code SchoolTable} + export; {@code /api/v1/learning-areas}, {@code
 * /networks}, {@code /schools}.
 * <p>
 * Glossary: AreaOffice สพป./สพม., SchoolNetwork กลุ่มเครือข่ายสถานศึกษา, School โรงเรียน, LearningArea
 * กลุ่มสาระการเรียนรู้.
 * <p>
 * Entry points: OrganisationService, SchoolImport; /api/v1/learning-areas, /api/v1/networks,
 * /api/v1/schools; pages /admin/schools.xhtml, /admin/learning-areas.xhtml.
 */
package th.nithet.organisation;
