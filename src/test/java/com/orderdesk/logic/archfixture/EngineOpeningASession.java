package com.orderdesk.logic.archfixture;

/** Breaks the rules on purpose, for ArchitectureRulesTest: an engine that opens a session and fills a report. */
public final class EngineOpeningASession {
    public Object open(org.hibernate.SessionFactory factory) {
        return factory.openSession();
    }

    public Object report(net.sf.jasperreports.engine.JasperPrint print) {
        return print.getName();
    }

    public Object window() {
        return new javafx.scene.control.Label("an engine has no window");
    }
}
