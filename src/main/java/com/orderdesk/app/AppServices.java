package com.orderdesk.app;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.audit.AuditUseCases;
import com.orderdesk.application.cash.CashUseCases;
import com.orderdesk.application.catalog.ProductLookup;
import com.orderdesk.application.credit.CreditCheckStep;
import com.orderdesk.application.credit.CreditUseCases;
import com.orderdesk.application.customer.CustomerLookup;
import com.orderdesk.application.fulfillment.FulfillmentUseCases;
import com.orderdesk.application.fulfillment.OrderFulfillment;
import com.orderdesk.application.fulfillment.RoutingSettingsUseCases;
import com.orderdesk.application.fulfillment.ShippingUseCases;
import com.orderdesk.application.invoicing.InvoicingUseCases;
import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.application.AccessControl;
import com.orderdesk.application.company.CompanyDefaults;
import com.orderdesk.application.company.CompanySettingsUseCases;
import com.orderdesk.application.security.AccountSeals;
import com.orderdesk.application.security.BookSealing;
import com.orderdesk.application.security.SignIn;
import com.orderdesk.application.security.SignInUseCase;
import com.orderdesk.application.security.UserAdministration;
import com.orderdesk.logic.audit.AuditKeyWrap;
import com.orderdesk.logic.credit.CreditEngine;
import com.orderdesk.logic.credit.CreditPolicy;
import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.reporting.DocumentRenderer;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.reporting.ReportCatalog;
import com.orderdesk.logic.security.Authorizer;
import com.orderdesk.logic.security.PasswordHasher;
import com.orderdesk.logic.security.SignInThrottle;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.logic.tax.TaxRates;
import com.orderdesk.model.security.AppUser;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.HibernateUnitOfWork;
import com.orderdesk.persistence.audit.AuditLog;
import com.orderdesk.persistence.audit.HibernateAuditRepository;
import com.orderdesk.persistence.cash.HibernateCashRepository;
import com.orderdesk.persistence.company.HibernateCompanySettingsRepository;
import com.orderdesk.reporting.LogoCheck;
import com.orderdesk.persistence.catalog.HibernateCatalogRepository;
import com.orderdesk.persistence.credit.HibernateCreditRepository;
import com.orderdesk.persistence.customer.HibernateCustomerRepository;
import com.orderdesk.persistence.fulfillment.HibernateFulfillmentRepository;
import com.orderdesk.persistence.fulfillment.HibernateRoutingSettingsRepository;
import com.orderdesk.persistence.invoicing.HibernateInvoiceRepository;
import com.orderdesk.persistence.order.HibernateOrderRepository;
import com.orderdesk.persistence.security.HibernateUserRepository;
import com.orderdesk.reporting.DocumentRenderer;
import com.orderdesk.reporting.ReportCatalog;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/**
 * The one composition root: every repository and use case, built once over an open database for
 * the window and the commands alike (and for tests), and handed to screens and commands through
 * their constructors (no global service locator).
 */
public final class AppServices implements AutoCloseable {
    private final Database db;
    private final TaxRates taxRates;
    private final Clock clock;
    private final UnitOfWork uow;
    private final HibernateUserRepository userRepository = new HibernateUserRepository();
    private final HibernateFulfillmentRepository fulfillmentRepository = new HibernateFulfillmentRepository();
    private final HibernateCashRepository cashRepository = new HibernateCashRepository();
    // stateless adapters: one of each, shared by every use case that records a touch or reads disputed amounts
    private final com.orderdesk.persistence.claims.HibernateDisputedAmounts disputedAmounts =
            new com.orderdesk.persistence.claims.HibernateDisputedAmounts();
    private final com.orderdesk.persistence.kpi.HibernateOrderTouches touches;
    private final AccountSeals seals;
    private final AccessControl access;
    private final SignInUseCase signIn;
    private final com.orderdesk.application.security.SignInHints signInHints;
    private final UserAdministration users;
    private final CustomerLookup customers;
    private final com.orderdesk.application.customer.CustomerMaintenance customerMaintenance;
    private final com.orderdesk.application.customer.CustomerImport customerImport;
    private final ProductLookup products;
    private final FulfillmentUseCases fulfillment;
    /** Fulfillment's steps inside order entry's and credit's units of work; handed to those use cases only. */
    private final com.orderdesk.application.fulfillment.FulfillmentSteps fulfillmentSteps;
    private final ShippingUseCases shipping;
    private final RoutingSettingsUseCases routingSettings;
    private final OrderUseCases orders;
    private final CreditUseCases credit;
    private final InvoicingUseCases invoicing;
    private final CashUseCases cash;
    private final AuditUseCases auditTrail;
    private final CatalogServices catalog;
    private final com.orderdesk.application.claims.ReturnsUseCases returns;
    private final com.orderdesk.application.claims.ClaimUseCases claims;
    private final com.orderdesk.application.claims.WriteOffLimits writeOffLimits;
    private final CompanySettingsUseCases company;
    private final com.orderdesk.application.capture.InboxUseCases inbox;
    private final com.orderdesk.application.kpi.KpiUseCases kpi;
    private final com.orderdesk.application.collections.CollectionsUseCases collections;
    private final com.orderdesk.application.collections.CashForecastUseCases cashForecast;
    private final com.orderdesk.application.collections.DunningUseCases dunning;
    private final com.orderdesk.application.collections.StatementUseCases statements;
    private final ReportCatalog reports = new ReportCatalog();
    private volatile DocumentRenderer renderer;

    private AppServices(Database db, TaxRates taxRates, Clock clock, int keyIterations) {
        this(db, taxRates, clock, keyIterations, FulfillmentUseCases.deskRouter());
    }

    private AppServices(Database db, TaxRates taxRates, Clock clock, int keyIterations, FulfillmentRouter router) {
        this.db = db;
        this.taxRates = taxRates;
        this.clock = clock;
        this.uow = new HibernateUnitOfWork(db);
        AuditLog audit = new AuditLog(clock);
        SecureRandom random = new SecureRandom();
        PasswordHasher hasher = new PasswordHasher();
        this.seals = new AccountSeals(random, keyIterations);
        this.access = new AccessControl(new Authorizer(), userRepository, uow);
        BookSealing sealing = new BookSealing(uow, userRepository, audit, seals, random, clock);
        this.signIn = new SignInUseCase(uow, userRepository, audit, hasher, new SignInThrottle(clock), sealing);
        this.signInHints = new com.orderdesk.application.security.SignInHints(uow, userRepository);
        this.users = new UserAdministration(uow, access, userRepository, audit, seals, hasher);
        this.customers = new CustomerLookup(uow, access, new HibernateCustomerRepository());
        var customerBook = new com.orderdesk.persistence.customer.HibernateCustomerBook();
        var customerRules = CustomerRulesOnce.of();
        this.customerMaintenance = new com.orderdesk.application.customer.CustomerMaintenance(uow, access, customerBook, audit,
                clock, customerRules);
        this.customerImport = new com.orderdesk.application.customer.CustomerImport(uow, access, customerBook, audit, clock,
                customerRules);
        this.products = new ProductLookup(uow, access, new HibernateCatalogRepository());
        this.touches = new com.orderdesk.persistence.kpi.HibernateOrderTouches(clock);
        this.fulfillment = new FulfillmentUseCases(uow, access, fulfillmentRepository, audit, clock, router, touches);
        this.fulfillmentSteps = new com.orderdesk.application.fulfillment.FulfillmentSteps(fulfillment);
        this.shipping = new ShippingUseCases(uow, access, fulfillmentRepository, audit, router, clock);
        this.routingSettings = new RoutingSettingsUseCases(uow, access, new HibernateRoutingSettingsRepository(), audit);
        HibernateCreditRepository creditRepository = new HibernateCreditRepository();
        // an order that passes the credit check, or that a manager releases, is routed and its
        // stock reserved by fulfillment in the same unit of work
        CreditCheckStep checks = new CreditCheckStep(creditRepository, new CreditEngine(CreditPolicy.defaults(), clock), audit,
                fulfillmentSteps);
        HibernateOrderRepository orderRepository = new HibernateOrderRepository();
        this.orders = new OrderUseCases(uow, access, orderRepository, checks, fulfillmentSteps, audit, taxRates, clock,
                new com.orderdesk.persistence.order.HibernateOrderHistoryRepository(), touches);
        // an order's status follows its money: cash and credit memos settle it (PAID), reversals undo it
        com.orderdesk.application.order.OrderSettlement settlement = new com.orderdesk.application.order.OrderSettlement(orderRepository);
        this.credit = new CreditUseCases(uow, access, creditRepository, checks, audit, clock, touches);
        this.company = new CompanySettingsUseCases(uow, access, new HibernateCompanySettingsRepository(), new LogoCheck(), audit);
        this.invoicing = new InvoicingUseCases(uow, access, new HibernateInvoiceRepository(clock.getZone()), audit, clock, settlement,
                number -> { }, company::profile);
        // returns, disputes and deductions: credit memos through invoicing; a deduction posted by
        // the cash desk becomes a case in the posting's transaction
        var claimsRepository = new com.orderdesk.persistence.claims.HibernateClaimsRepository();
        var corrections = new com.orderdesk.application.invoicing.InvoiceCorrectionSteps(invoicing);
        this.returns = new com.orderdesk.application.claims.ReturnsUseCases(uow, access,
                new com.orderdesk.persistence.claims.HibernateReturnsRepository(),
                new com.orderdesk.persistence.claims.HibernateReturnedStock(), corrections, audit, clock);
        this.claims = new com.orderdesk.application.claims.ClaimUseCases(uow, access, claimsRepository, userRepository,
                disputedAmounts,
                new com.orderdesk.persistence.claims.HibernateContractPriceOnDate(), corrections, audit, clock);
        this.writeOffLimits = new com.orderdesk.application.claims.WriteOffLimits(uow, access, claimsRepository, userRepository,
                audit, clock);
        this.cash = new CashUseCases(uow, access, cashRepository, audit, clock, settlement, new com.orderdesk.application.claims.DeductionCaseSteps(claims));
        this.auditTrail = new AuditUseCases(uow, access, new HibernateAuditRepository(), userRepository, clock.getZone());
        this.catalog = CatalogServices.build(uow, access, audit, clock);
        // the order inbox (issue 12): touchless drafts are saved through order entry's use case
        this.inbox = new com.orderdesk.application.capture.InboxUseCases(uow, access,
                new com.orderdesk.persistence.capture.HibernateInboxRepository(), orders, customerMaintenance, company, audit,
                new com.orderdesk.persistence.capture.FolderAckOutbox(), clock,
                defaultInboxFolders());
        this.kpi = new com.orderdesk.application.kpi.KpiUseCases(uow, access,
                new com.orderdesk.persistence.kpi.HibernateBookLedgers(clock.getZone()), clock);
        var collectionsRepository = new com.orderdesk.persistence.collections.HibernateCollectionsRepository(clock.getZone());
        this.collections = new com.orderdesk.application.collections.CollectionsUseCases(uow, access, collectionsRepository,
                disputedAmounts, audit, clock);
        this.cashForecast = new com.orderdesk.application.collections.CashForecastUseCases(uow, access, collectionsRepository,
                clock);
        this.dunning = new com.orderdesk.application.collections.DunningUseCases(uow, access,
                new com.orderdesk.persistence.collections.HibernateDunningRepository(),
                disputedAmounts, audit, clock);
        this.statements = new com.orderdesk.application.collections.StatementUseCases(uow, access,
                new com.orderdesk.persistence.collections.HibernateStatementRepository(clock.getZone()), audit, clock);
    }

    /** Use cases over an already opened (and filled) database; closing them closes it. */
    public static AppServices over(Database db, TaxRates taxRates, Clock clock) {
        return new AppServices(db, taxRates, clock, AuditKeyWrap.DEFAULT_ITERATIONS);
    }

    /** As {@link #over}, routing with {@code router} (the simulator's routing policy). */
    public static AppServices over(Database db, TaxRates taxRates, Clock clock, FulfillmentRouter router) {
        return new AppServices(db, taxRates, clock, AuditKeyWrap.DEFAULT_ITERATIONS, router);
    }

    /** As {@link #over}, wrapping audit keys with fewer PBKDF2 rounds (tests that add users). */
    public static AppServices over(Database db, TaxRates taxRates, Clock clock, int keyIterations) {
        return new AppServices(db, taxRates, clock, keyIterations);
    }

    /**
     * Order entry with the credit check but without routing: an order that passes stays RELEASED
     * for the fulfillment queue. Only {@code bench-desk --without-routing} uses it, to time the
     * save apart from the router; the window and every other command route in the save's unit.
     */
    public OrderUseCases ordersWithoutRouting() {
        OrderFulfillment noRouting = new OrderFulfillment() {
            @Override
            public RoutingOutcome routeAfterRelease(SignedInUser user, long orderId) {
                return new RoutingOutcome("", List.of(), 0, 0, "not routed (bench-desk --without-routing)");
            }

            @Override
            public void releaseStock(SignedInUser user, long orderId) {
                fulfillmentSteps.releaseStock(user, orderId);
            }

            @Override
            public void withdrawPlans(SignedInUser user, long orderId) {
                fulfillmentSteps.withdrawPlans(user, orderId);
            }
        };
        AuditLog audit = new AuditLog(clock);
        CreditCheckStep checks = new CreditCheckStep(new HibernateCreditRepository(),
                new CreditEngine(CreditPolicy.defaults(), clock), audit, noRouting);
        return new OrderUseCases(uow, access, new HibernateOrderRepository(), checks, noRouting, audit, taxRates, clock,
                new com.orderdesk.persistence.order.HibernateOrderHistoryRepository(),
                touches);
    }

    /** The active users, for the window's "Sign in as" list. */
    public List<AppUser> activeUsers() {
        return uow.read(() -> userRepository.all().stream().filter(AppUser::active).toList());
    }

    public Database db() { return db; }
    public TaxRates taxRates() { return taxRates; }
    public Clock clock() { return clock; }
    public UnitOfWork unitOfWork() { return uow; }
    public AccountSeals seals() { return seals; }
    public Authorizer authorizer() { return access.authorizer(); }
    public SignIn signIn() { return signIn; }

    public com.orderdesk.application.security.SignInHints signInHints() { return signInHints; }
    public UserAdministration users() { return users; }
    public CustomerLookup customers() { return customers; }
    public com.orderdesk.application.customer.CustomerMaintenance customerMaintenance() { return customerMaintenance; }
    public com.orderdesk.application.customer.CustomerImport customerImport() { return customerImport; }
    public ProductLookup products() { return products; }
    public OrderUseCases orders() { return orders; }
    public CreditUseCases credit() { return credit; }
    public FulfillmentUseCases fulfillment() { return fulfillment; }
    public ShippingUseCases shipping() { return shipping; }
    public RoutingSettingsUseCases routingSettings() { return routingSettings; }
    public InvoicingUseCases invoicing() { return invoicing; }
    public CashUseCases cash() { return cash; }
    public AuditUseCases auditTrail() { return auditTrail; }
    /** Products, contract prices, their files, and stock movements (issue 11). */
    public CatalogServices catalog() { return catalog; }
    public com.orderdesk.application.claims.ReturnsUseCases returns() { return returns; }
    public com.orderdesk.application.claims.ClaimUseCases claims() { return claims; }
    public com.orderdesk.application.claims.WriteOffLimits writeOffLimits() { return writeOffLimits; }
    public CompanySettingsUseCases companySettings() { return company; }
    /** The order inbox: messages taken in, touchless orders, drafts to review, EDI acknowledgments (issue 12). */
    public com.orderdesk.application.capture.InboxUseCases inbox() { return inbox; }
    /** The order-to-cash figures of the book (issue 16). */
    public com.orderdesk.application.kpi.KpiUseCases kpi() { return kpi; }
    /** The collections desk: worklist, contacts, promises (issue 15). */
    public com.orderdesk.application.collections.CollectionsUseCases collections() { return collections; }
    public com.orderdesk.application.collections.DunningUseCases dunning() { return dunning; }
    /** Statements of account for every customer owing a balance, in one batch (issue 15). */
    public com.orderdesk.application.collections.StatementUseCases statements() { return statements; }
    /** The cash forecast (issues 15 and 16) for the dashboard. */
    public com.orderdesk.application.collections.CashForecastUseCases cashForecast() { return cashForecast; }
    /** Default payment terms and the company's own mail domains, for the features that need them. */
    public CompanyDefaults companyDefaults() { return company; }

    /** What the demo book's second half runs on (the first start and {@code demo-data}). */
    public com.orderdesk.demo.DemoBook.Parts demoParts() {
        // history needs plausible plans, not proofs: a small search budget keeps a first start quick
        FulfillmentRouter history = new FulfillmentRouter(5_000, 1, 0);
        FulfillmentUseCases demoRouting = new FulfillmentUseCases(uow, access, fulfillmentRepository, new AuditLog(clock),
                clock, history, touches);
        // the invoicing desk of a past day: its invoices, and their audit entries, dated that day
        var settlement = new com.orderdesk.application.order.OrderSettlement(new HibernateOrderRepository());
        return new com.orderdesk.demo.DemoBook.Parts(uow, fulfillmentRepository,
                new com.orderdesk.application.fulfillment.FulfillmentSteps(demoRouting), history, cashRepository, cash, clock,
                inbox, day -> new InvoicingUseCases(uow, access, new HibernateInvoiceRepository(day.getZone()), new AuditLog(day),
                        day, settlement, number -> { }, company::profile), credit, collections);
    }

    /**
     * The document renderer for the company as it stands in the book now (templates compiled once, on
     * first use; call off the FX thread). Asked for each print batch, it reads the company settings
     * (a few short rows) and makes a new renderer only when they changed, here or on another desk.
     */
    public DocumentRenderer renderer() {
        CompanyProfile now = invoicing.company();
        synchronized (this) {
            if (renderer == null || !renderer.company().equals(now)) {
                renderer = new DocumentRenderer(reports, now);
            }
            return renderer;
        }
    }

    /** The report templates, loaded once per run and shared by every print (the dashboard's pack too). */
    public ReportCatalog reports() {
        return reports;
    }

    /** Loads the templates and what a first fill, page image and PDF export need ({@link PrintWarmUp}); off the FX thread. */
    public void warmUpPrinting() {
        renderer().warmUp();
    }

    /** The shipped state tax table (for the order screens' tax preview). */
    public static StateTaxRateTable shippedTaxRates() {
        return StateTaxRateTable.loadDefault();
    }

    @Override
    public void close() {
        db.close();
    }

    /**
     * The inbox's folders until an administrator chooses others, made on first start so a new
     * desk's drop folder can be used (and chosen in the settings) without making it by hand.
     */
    private static com.orderdesk.application.capture.InboxUseCases.Folders defaultInboxFolders() {
        java.nio.file.Path data = com.orderdesk.persistence.DataLocation.dataFolder();
        var folders = new com.orderdesk.application.capture.InboxUseCases.Folders(data.resolve("inbox"),
                data.resolve("edi-outbox"));
        try {
            java.nio.file.Files.createDirectories(folders.dropFolder());
            java.nio.file.Files.createDirectories(folders.outbox());
        } catch (java.io.IOException | SecurityException e) {
            // the inbox then says the folder is missing; the desk itself still works
            org.slf4j.LoggerFactory.getLogger(AppServices.class).warn("Could not make the inbox folders in {}", data, e);
        }
        return folders;
    }
}
