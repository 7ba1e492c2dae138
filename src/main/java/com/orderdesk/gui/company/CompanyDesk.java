package com.orderdesk.gui.company;

import com.orderdesk.application.company.CompanySettingsUseCases;
import com.orderdesk.application.company.LogoChange;
import com.orderdesk.logic.company.LogoReader;
import com.orderdesk.logic.company.CompanySettings;
import com.orderdesk.logic.security.SignedInUser;
import java.util.function.Supplier;

/** What the company settings screen needs from the use cases, each call made as the administrator at this desk. */
public record CompanyDesk(CompanySettingsUseCases company, Supplier<SignedInUser> currentUser) {
    CompanySettingsUseCases.Current load() {
        return company.load(currentUser.get());
    }

    LogoReader.Facts checkLogo(byte[] bytes) {
        return company.checkLogo(bytes);
    }

    boolean save(CompanySettingsUseCases.Current opened, CompanySettings changed, LogoChange logo, String reason) {
        return company.save(currentUser.get(), opened, changed, logo, reason);
    }
}
