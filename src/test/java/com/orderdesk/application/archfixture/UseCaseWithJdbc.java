package com.orderdesk.application.archfixture;

/** Breaks the rules on purpose, for ArchitectureRulesTest: a use case with its own JDBC and a command-line parser. */
public final class UseCaseWithJdbc {
    public Object connect(String url) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(url);
    }

    public Object parse(String[] args) {
        return new picocli.CommandLine(this).parseArgs(args);
    }
}
