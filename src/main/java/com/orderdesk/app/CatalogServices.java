package com.orderdesk.app;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.catalog.CatalogFiles;
import com.orderdesk.application.catalog.ContractPriceUseCases;
import com.orderdesk.application.catalog.ProductMaintenance;
import com.orderdesk.application.stock.StockUseCases;
import com.orderdesk.persistence.catalog.HibernateContractPriceRepository;
import com.orderdesk.persistence.catalog.HibernateProductRepository;
import com.orderdesk.persistence.stock.HibernateStockRepository;
import java.time.Clock;

/**
 * The use cases of products, contract prices, their files and stock, built once by
 * {@link AppServices} (kept apart so the composition root stays a list).
 */
public record CatalogServices(ProductMaintenance products, ContractPriceUseCases prices, CatalogFiles files,
                              StockUseCases stock) {
    static CatalogServices build(UnitOfWork uow, AccessControl access, AuditRecorder audit, Clock clock) {
        HibernateProductRepository productRepository = new HibernateProductRepository();
        HibernateContractPriceRepository priceRepository = new HibernateContractPriceRepository();
        ProductMaintenance products = new ProductMaintenance(uow, access, productRepository, audit);
        ContractPriceUseCases prices = new ContractPriceUseCases(uow, access, priceRepository, audit);
        CatalogFiles files = new CatalogFiles(uow, access, productRepository, priceRepository, products, prices, audit);
        StockUseCases stock = new StockUseCases(uow, access, new HibernateStockRepository(), audit, clock);
        return new CatalogServices(products, prices, files, stock);
    }
}
