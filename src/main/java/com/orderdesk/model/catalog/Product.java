package com.orderdesk.model.catalog;

import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Locale;

/** A stocked item. Weight is kept in whole grams so shipment weights add up exactly. */
@Entity
@Table(name = "product")
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "sku", nullable = false, unique = true, length = 30)
    private String sku;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "description_key", nullable = false)
    private String descriptionKey;

    @Column(name = "category", length = 60)
    private String category;

    /** Unit of measure: EA, BX, CS, PK, GAL, ... */
    @Column(name = "unit", nullable = false, length = 6)
    private String unit;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    @Column(name = "list_price_cents", nullable = false)
    private Money listPrice;

    @Column(name = "unit_cost_cents", nullable = false)
    private Money unitCost;

    @Column(name = "taxable", nullable = false)
    private boolean taxable = true;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** Units of sale in one case (1 when the unit of sale is the case itself). */
    @Column(name = "case_qty", nullable = false)
    private int caseQuantity = 1;

    /** GTIN as 14 digits (a UPC-A or EAN-13 zero-padded), or null when the item has none. */
    @Column(name = "gtin", length = 14)
    private String gtin;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Product() {
    }

    public Product(String sku, String description, String category, String unit, int weightGrams,
                   Money listPrice, Money unitCost) {
        this.sku = sku;
        this.description = description;
        this.descriptionKey = description.toUpperCase(Locale.ROOT);
        this.category = category;
        this.unit = unit;
        this.weightGrams = weightGrams;
        this.listPrice = listPrice;
        this.unitCost = unitCost;
    }

    public Long id() { return id; }
    public String sku() { return sku; }
    public String description() { return description; }
    public String category() { return category; }
    public String unit() { return unit; }
    public int weightGrams() { return weightGrams; }
    public BigDecimal weightKg() { return BigDecimal.valueOf(weightGrams, 3); }
    public Money listPrice() { return listPrice; }
    public Money unitCost() { return unitCost; }
    public boolean taxable() { return taxable; }
    public boolean active() { return active; }
    public int caseQuantity() { return caseQuantity; }
    public String gtin() { return gtin; }
    public long version() { return version; }

    /** Everything a maintainer may change; the SKU is the product's key and never changes. */
    public void update(String description, String category, String unit, int caseQuantity, int weightGrams, String gtin,
                       Money listPrice, Money unitCost, boolean taxable) {
        this.description = description;
        this.descriptionKey = description.toUpperCase(Locale.ROOT);
        this.category = category;
        this.unit = unit;
        this.caseQuantity = caseQuantity;
        this.weightGrams = weightGrams;
        this.gtin = gtin;
        this.listPrice = listPrice;
        this.unitCost = unitCost;
        this.taxable = taxable;
    }

    public void setTaxable(boolean taxable) { this.taxable = taxable; }
    public void setActive(boolean active) { this.active = active; }
    public void setListPrice(Money listPrice) { this.listPrice = listPrice; }

    @Override
    public String toString() {
        return sku + " " + description;
    }
}
