package com.orderdesk.model.collections;

/**
 * Which letter a dunning level prints: the title and tone of the letter (the level's own text is
 * the body). Chosen per level by whoever keeps the procedure; stored by name.
 */
public enum DunningLetterTemplate {
    REMINDER("Payment reminder", "PAYMENT REMINDER"),
    SECOND_REMINDER("Second reminder", "SECOND REMINDER"),
    FINAL_NOTICE("Final notice", "FINAL NOTICE");

    private final String label;
    private final String title;

    DunningLetterTemplate(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /** How the choice reads on screen. */
    public String label() {
        return label;
    }

    /** The letter's printed title. */
    public String title() {
        return title;
    }

    /** The letter a level printed before levels had a choice: 1 a reminder, 2 the second, 3 and up the final notice. */
    public static DunningLetterTemplate byLevel(int level) {
        return level >= 3 ? FINAL_NOTICE : level == 2 ? SECOND_REMINDER : REMINDER;
    }
}
