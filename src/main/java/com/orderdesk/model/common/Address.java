package com.orderdesk.model.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A postal address with its coordinates (from the shipped gazetteer), embedded where used. */
@Embeddable
public class Address {
    @Column(name = "line1")
    private String line1;
    @Column(name = "line2")
    private String line2;
    @Column(name = "city")
    private String city;
    @Column(name = "state", length = 2)
    private String state;
    @Column(name = "zip", length = 10)
    private String zip;
    @Column(name = "lat")
    private Double lat;
    @Column(name = "lon")
    private Double lon;

    protected Address() {
    }

    public Address(String line1, String line2, String city, String state, String zip, GeoPoint point) {
        this.line1 = line1;
        this.line2 = line2;
        this.city = city;
        this.state = state;
        this.zip = zip;
        if (point != null) {
            this.lat = point.lat();
            this.lon = point.lon();
        }
    }

    public String line1() { return line1; }
    public String line2() { return line2; }
    public String city() { return city; }
    public String state() { return state; }
    public String zip() { return zip; }

    public GeoPoint point() {
        return lat == null || lon == null ? null : new GeoPoint(lat, lon);
    }

    /** One line for lists: "120 Main St, Springfield, IL 62701". */
    public String oneLine() {
        StringBuilder sb = new StringBuilder();
        if (line1 != null && !line1.isBlank()) sb.append(line1).append(", ");
        if (line2 != null && !line2.isBlank()) sb.append(line2).append(", ");
        sb.append(Objects.toString(city, "")).append(", ").append(Objects.toString(state, ""))
                .append(' ').append(Objects.toString(zip, ""));
        return sb.toString().trim();
    }

    @Override
    public String toString() {
        return oneLine();
    }
}
