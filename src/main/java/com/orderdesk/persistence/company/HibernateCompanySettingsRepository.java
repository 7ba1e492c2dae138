package com.orderdesk.persistence.company;

import com.orderdesk.application.company.CompanySettingsRepository;
import com.orderdesk.persistence.CurrentSession;
import java.util.Optional;
import java.util.Properties;
import org.hibernate.Session;
import org.hibernate.type.StandardBasicTypes;

/** {@link CompanySettingsRepository} on company_setting and company_logo, in the open unit of work. */
public final class HibernateCompanySettingsRepository implements CompanySettingsRepository {
    private static final int LOGO_ROW = 1;

    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public Properties settings() {
        Properties p = new Properties();
        s().createNativeQuery("select setting_key, setting_value from company_setting", Object[].class).getResultList()
                .forEach(r -> p.setProperty((String) r[0], (String) r[1]));
        return p;
    }

    @Override
    public void put(String key, String value) {
        int updated = s().createNativeMutationQuery("update company_setting set setting_value = :v where setting_key = :k")
                .setParameter("v", value).setParameter("k", key).executeUpdate();
        if (updated == 0) {
            s().createNativeMutationQuery("insert into company_setting (setting_key, setting_value) values (:k, :v)")
                    .setParameter("k", key).setParameter("v", value).executeUpdate();
        }
    }

    @Override
    public void remove(String key) {
        s().createNativeMutationQuery("delete from company_setting where setting_key = :k").setParameter("k", key).executeUpdate();
    }

    @Override
    public Optional<byte[]> logo() {
        // read as plain bytes: the SQLite driver has no Blob objects
        return s().createNativeQuery("select image from company_logo where id = :id", byte[].class)
                .addScalar("image", StandardBasicTypes.BINARY)
                .setParameter("id", LOGO_ROW).getResultStream().findFirst();
    }

    @Override
    public void saveLogo(byte[] bytes, String type) {
        removeLogo();
        s().createNativeMutationQuery("insert into company_logo (id, image_type, image) values (:id, :t, :b)")
                .setParameter("id", LOGO_ROW).setParameter("t", type)
                .setParameter("b", bytes, StandardBasicTypes.BINARY).executeUpdate();
    }

    @Override
    public void removeLogo() {
        s().createNativeMutationQuery("delete from company_logo where id = :id").setParameter("id", LOGO_ROW).executeUpdate();
    }
}
