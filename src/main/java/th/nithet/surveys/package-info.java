/**
 * Assessment and satisfaction forms and their results.
 * <p>
 * Assessment forms: {@code Survey}, {@code SurveyQuestion}, {@code SurveyInvitee}; answers and
 * participation written with SQL ({@code survey_participation}'s key allows one answer per person,
 * apart from the answers for anonymous forms); {@code SurveyResults} (the arithmetic, unit-tested),
 * {@code SurveyService}, pages {@code views/surveys/*}, {@code SurveyResultsServlet} (XLSX/CSV), {@code
 * /api/v1/surveys}.
 * <p>
 * Glossary: Survey แบบประเมินออนไลน์.
 * <p>
 * Entry points: SurveyService; /api/v1/surveys; pages /surveys.
 */
package th.nithet.surveys;
