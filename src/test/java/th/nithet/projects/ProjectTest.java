package th.nithet.projects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.nithet.people.People;
import th.nithet.people.Position;
import th.nithet.platform.rules.InvalidFields;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project's budget and trainings, and the totals its page and the yearly report print, without a container. */
class ProjectTest {

    private final Project project = new Project(People.account(1, "sn.somchai"));

    private static Set<String> refusedFields(Runnable action) {
        return assertThrows(InvalidFields.class, action::run).messages(Locale.ENGLISH).keySet();
    }

    @Test
    void theBudgetIsTotalledByCategoryEveryCategoryShownEvenEmpty() {
        project.addBudgetLine(BudgetCategory.COMPENSATION, "ค่าตอบแทนวิทยากร", new BigDecimal("3600"));
        project.addBudgetLine(BudgetCategory.OPERATING, "ค่าอาหารกลางวัน", new BigDecimal("12500.50"));
        project.addBudgetLine(BudgetCategory.OPERATING, "ค่าอาหารว่าง", new BigDecimal("4999.5"));
        var byCategory = project.getBudgetByCategory();
        assertEquals(new BigDecimal("3600.00"), byCategory.get(BudgetCategory.COMPENSATION).amount());
        assertEquals(new BigDecimal("17500.00"), byCategory.get(BudgetCategory.OPERATING).amount());
        assertEquals(Baht.ZERO, byCategory.get(BudgetCategory.MATERIALS), "a category without lines shows zero");
        assertEquals(new BigDecimal("21100.00"), project.getBudgetTotal().amount());
        assertEquals("21,100.00", Baht.format(project.getBudgetTotal()));
    }

    @Test
    void anEmptyBudgetIsZeroNotNothing() {
        assertEquals(new BigDecimal("0.00"), project.getBudgetTotal().amount());
        assertEquals("–", Baht.format(null));
    }

    @Test
    void aBudgetLineKeepsItsAmountWithSatangAndItsDescriptionTrimmed() {
        ProjectBudgetLine line = project.addBudgetLine(BudgetCategory.MATERIALS, "  กระดาษ A4  ", new BigDecimal("450"));
        assertEquals("กระดาษ A4", line.getDescription());
        assertEquals(new BigDecimal("450.00"), line.getAmount().amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "10.005", "1000000000000", "1e13"})
    void anAmountThatCannotBeRightIsRefusedAndNothingIsAdded(String amount) {
        assertEquals(Set.of("amount"), refusedFields(() -> project.addBudgetLine(BudgetCategory.OPERATING, "ค่าเดินทาง",
                new BigDecimal(amount))));
        assertTrue(project.getBudgetLines().isEmpty());
    }

    @Test
    void everyProblemOfABudgetLineIsSaidAtOnce() {
        assertEquals(Set.of("category", "description", "amount"), refusedFields(() -> project.addBudgetLine(null, "  ", null)));
        assertEquals(Set.of("description"), refusedFields(() -> project.addBudgetLine(BudgetCategory.OPERATING, "ก".repeat(301),
                BigDecimal.ONE)));
    }

    @Test
    void theLargestAmountThatFitsIsTaken() {
        assertTrue(Baht.isAmount(new BigDecimal("999999999999.99")));
        assertFalse(Baht.isAmount(null));
        assertFalse(Baht.isAmount(new BigDecimal("0.001")));
        assertTrue(Baht.isAmount(BigDecimal.ZERO));
    }

    @Test
    void trainingsAreTotalledAndTurnIntoPercentagesToOneDecimal() {
        project.addTraining(Position.TEACHER, 998, 998, 950);
        project.addTraining(Position.SCHOOL_DIRECTOR, 50, 40, 33);
        assertEquals(1048, project.getTargetedTotal());
        assertEquals(1038, project.getDevelopedTotal());
        assertEquals(983, project.getPassedTotal());
        assertEquals(new BigDecimal("99.0"), project.getDevelopedPercent(), "1038 of 1048");
        assertEquals(new BigDecimal("94.7"), project.getPassRate(), "983 of 1038");
    }

    @Test
    void withNobodyTargetedThereIsNoPercentageRatherThanADivisionByZero() {
        assertNull(project.getDevelopedPercent());
        assertNull(project.getPassRate());
        project.addTraining(Position.TEACHER, 0, 0, 0);
        assertNull(project.getDevelopedPercent());
        assertEquals(new BigDecimal("100.0"), Project.percent(998, 998));
        assertEquals(new BigDecimal("66.7"), Project.percent(2, 3), "rounded half up");
    }

    @Test
    void nobodyPassesWithoutBeingDevelopedAndNoCountIsNegative() {
        assertEquals(Set.of("passed"), refusedFields(() -> project.addTraining(Position.TEACHER, 10, 5, 6)));
        assertEquals(Set.of("targeted"), refusedFields(() -> project.addTraining(Position.TEACHER, -1, 0, 0)));
        assertEquals(Set.of("position"), refusedFields(() -> project.addTraining(null, 1, 1, 1)));
        assertTrue(project.getTrainings().isEmpty(), "nothing was added");
    }
}
