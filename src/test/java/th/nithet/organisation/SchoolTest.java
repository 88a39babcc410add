package th.nithet.organisation;

import org.junit.jupiter.api.Test;
import th.nithet.platform.rules.RuleViolation;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a school's name, code and founding day may be, as forms and imports give them, without a container. */
class SchoolTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).key();
    }

    @Test
    void aNameIsTrimmedAndItsSpacesMadeOne() {
        assertEquals("โรงเรียนบ้านหนองบัว", School.checkedName("  โรงเรียนบ้านหนองบัว \t"));
        assertEquals("โรงเรียน บ้านหนองบัว", School.checkedName("โรงเรียน   บ้านหนองบัว"));
    }

    @Test
    void aNameIsNeitherEmptyNorLongerThanTwoHundred() {
        assertEquals("name.required", refusal(() -> School.checkedName("   ")));
        assertEquals("name.required", refusal(() -> School.checkedName(null)));
        assertEquals("name.tooLong", refusal(() -> School.checkedName("ก".repeat(201))));
        assertEquals(200, School.checkedName("ก".repeat(200)).length());
    }

    @Test
    void aCodeInThaiDigitsIsTheSameCodeInArabicDigits() {
        assertEquals("1036540112", School.checkedCode("๑๐๓๖๕๔๐๑๑๒"));
        assertEquals("1036540112", School.checkedCode(" 1036540112 "));
        assertEquals("SCH-01", School.checkedCode("SCH-01"));
    }

    @Test
    void aBlankCodeIsNoCodeAndAStrangeOneIsRefused() {
        assertNull(School.checkedCode("  "));
        assertNull(School.checkedCode(null));
        assertEquals("school.badCode", refusal(() -> School.checkedCode("10 365")));
        assertEquals("school.badCode", refusal(() -> School.checkedCode("1".repeat(21))));
    }

    @Test
    void aSchoolWasNotFoundedInTheFuture() {
        assertEquals(TODAY, School.checkedFounding(TODAY, TODAY));
        assertNull(School.checkedFounding(null, TODAY), "unknown is fine");
        assertEquals("school.foundedInFuture", refusal(() -> School.checkedFounding(TODAY.plusDays(1), TODAY)));
    }
}
