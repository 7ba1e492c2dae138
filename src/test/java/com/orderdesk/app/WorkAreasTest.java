package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.SameThreadTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import com.orderdesk.gui.common.FxTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each role is offered its own work areas and starts in the one it works in most. */
class WorkAreasTest {
    @TempDir
    Path dir;
    AppServices services;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit(); // the order-entry controller's validation decorations need it
    }

    @BeforeEach
    void setUp() {
        services = AppServices.over(Database.open(DatabaseConfig.sqlite(dir.resolve("areas.db"))),
                StateTaxRateTable.loadDefault(), TestBook.CLOCK);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private WorkAreas areasOf(Role role) {
        SignedInUser user = new SignedInUser(1, "u", "U", Set.of(role));
        return new WorkAreas(services, new SameThreadTaskRunner(), null, new StatusBarModel(), user, (id, then) -> { });
    }

    private List<String> ids(Role role) {
        return areasOf(role).all().stream().map(WorkArea::id).toList();
    }

    @Test
    void clerksEnterAndRouteOrdersButNeverSeeTheHoldDeskOrTheAuditTrail() {
        assertThat(ids(Role.ORDER_CLERK)).containsExactly(WorkAreas.ORDER_ENTRY, WorkAreas.ORDERS, InboxArea.ID, FulfillmentArea.ID,
                CatalogAreas.STOCK, ClaimsAreas.RETURNS, WorkAreas.CUSTOMERS);
        assertThat(areasOf(Role.ORDER_CLERK).home()).isEqualTo(WorkAreas.ORDER_ENTRY);
    }

    @Test
    void creditManagersWorkTheHoldQueueAndSeeTheAuditTrail() {
        assertThat(ids(Role.CREDIT_MANAGER)).containsExactly(WorkAreas.ORDERS, WorkAreas.ORDER_ENTRY, WorkAreas.CREDIT_HOLDS,
                DashboardArea.ID, ClaimsAreas.ROOT_CAUSES, CollectionsAreas.DUNNING_LEVELS, WorkAreas.AUDIT);
        assertThat(areasOf(Role.CREDIT_MANAGER).home()).isEqualTo(WorkAreas.CREDIT_HOLDS);
    }

    @Test
    void arClerksPrintInvoicesAndMatchCashAdministratorsSeeSettingsAndTheAuditTrail() {
        assertThat(ids(Role.AR_CLERK)).containsExactly(WorkAreas.ORDERS, WorkAreas.ORDER_ENTRY, WorkAreas.CREDIT_HOLDS,
                WorkAreas.INVOICES, WorkAreas.CASH, DashboardArea.ID, ClaimsAreas.RETURNS, ClaimsAreas.CLAIMS, ClaimsAreas.ROOT_CAUSES,
                CollectionsAreas.WORKLIST, CollectionsAreas.DUNNING);
        assertThat(areasOf(Role.AR_CLERK).home()).isEqualTo(WorkAreas.INVOICES);
        assertThat(ids(Role.ADMINISTRATOR)).containsExactly(WorkAreas.ORDERS, InboxArea.ID, WorkAreas.ORDER_ENTRY, WorkAreas.CREDIT_HOLDS,
                FulfillmentArea.ID, CatalogAreas.PRODUCTS, CatalogAreas.STOCK, DashboardArea.ID, CollectionsAreas.DUNNING_LEVELS, AdminAreas.USERS, AdminAreas.COMPANY, WorkAreas.AUDIT,
                WorkAreas.CUSTOMERS);
        assertThat(areasOf(Role.ADMINISTRATOR).home()).isEqualTo(WorkAreas.AUDIT);
    }

    @Test
    void wiringTheDeskOfAnyRoleMakesNoScreen() {
        for (Role role : Role.values()) {
            WorkAreas areas = areasOf(role);
            areas.all();
            assertThat(areas.partsMade()).as(role + ": screens made before any is shown").isZero();
        }
    }

    /**
     * Tour of 7 December: F1 on cash matching said Ctrl+I imports "BAI2, camt.053/054, payments CSV" while the file
     * chooser offers (and the desk reads) MT940/MT942 and X12 820 remittances too.
     */
    @Test
    void theCashSheetNamesEveryFormatTheImportReads() {
        WorkArea cash = areasOf(Role.AR_CLERK).all().stream().filter(a -> a.id().equals(WorkAreas.CASH)).findFirst().orElseThrow();
        String importLine = cash.shortcuts().stream().filter(s -> s.keys().equals("Ctrl+I")).findFirst().orElseThrow().action();
        assertThat(importLine).contains("camt").contains("BAI2").contains("MT940").contains("X12 820").contains("CSV");
    }
}
