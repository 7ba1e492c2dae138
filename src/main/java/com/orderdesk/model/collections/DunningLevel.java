package com.orderdesk.model.collections;

import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One level of the dunning procedure, kept by administrators. */
@Entity
@Table(name = "dunning_level")
public class DunningLevel {
    @Id
    @Column(name = "level_no", columnDefinition = "integer")
    private Integer levelNo;

    @Column(name = "days_past_due", nullable = false)
    private int daysPastDue;

    @Column(name = "grace_days", nullable = false)
    private int graceDays;

    @Column(name = "fee_cents", nullable = false)
    private Money fee;

    @Enumerated(EnumType.STRING)
    @Column(name = "letter_template", nullable = false, length = 20)
    private DunningLetterTemplate template;

    @Column(name = "letter_text", nullable = false, length = 4000)
    private String letterText;

    @Column(name = "changed_by", nullable = false, length = 40)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DunningLevel() {
    }

    public DunningLevel(int levelNo, int daysPastDue, int graceDays, Money fee, String letterText, String by, Instant at) {
        this(levelNo, daysPastDue, graceDays, fee, DunningLetterTemplate.byLevel(levelNo), letterText, by, at);
    }

    public DunningLevel(int levelNo, int daysPastDue, int graceDays, Money fee, DunningLetterTemplate template, String letterText,
                        String by, Instant at) {
        this.levelNo = levelNo;
        change(daysPastDue, graceDays, fee, template, letterText, by, at);
    }

    public void change(int daysPastDue, int graceDays, Money fee, String letterText, String by, Instant at) {
        change(daysPastDue, graceDays, fee, template == null ? DunningLetterTemplate.byLevel(levelNo) : template, letterText, by,
                at);
    }

    public void change(int daysPastDue, int graceDays, Money fee, DunningLetterTemplate template, String letterText, String by,
                       Instant at) {
        this.template = template;
        this.daysPastDue = daysPastDue;
        this.graceDays = graceDays;
        this.fee = fee;
        this.letterText = letterText;
        this.changedBy = by;
        this.changedAt = at;
    }

    public int levelNo() { return levelNo; }
    public int daysPastDue() { return daysPastDue; }
    public int graceDays() { return graceDays; }
    public Money fee() { return fee; }
    public String letterText() { return letterText; }
    public DunningLetterTemplate template() { return template; }
}
