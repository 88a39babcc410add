package th.nithet.projects;

/** Budget categories as the project form lists them (ค่าตอบแทน ค่าใช้สอย ค่าวัสดุ). */
public enum BudgetCategory {
    COMPENSATION, OPERATING, MATERIALS
}
