package com.orderdesk.model.invoicing;

import com.orderdesk.model.common.DecimalTextConverter;
import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The tax one jurisdiction levied on an invoice or credit memo: base x rate, rounded once. */
@Embeddable
public class TaxLine {
    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 80)
    private String name;

    @Convert(converter = DecimalTextConverter.class)
    @Column(name = "rate_pct", nullable = false, length = 12)
    private BigDecimal ratePercent;

    @Column(name = "base_cents", nullable = false)
    private Money base;

    @Column(name = "tax_cents", nullable = false)
    private Money tax;

    protected TaxLine() {
    }

    public TaxLine(String code, String name, BigDecimal ratePercent, Money base, Money tax) {
        this.code = code;
        this.name = name;
        this.ratePercent = ratePercent;
        this.base = base;
        this.tax = tax;
    }

    public String code() { return code; }
    public String name() { return name; }
    public BigDecimal ratePercent() { return ratePercent; }
    public Money base() { return base; }
    public Money tax() { return tax; }
}
