package com.orderdesk.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.BigIntJdbcType;
import org.hibernate.type.descriptor.jdbc.IntegerJdbcType;

/**
 * SQLite's dialect, reading every whole number (entities' cents, quantities, counts; native
 * queries' integer columns) through {@link StoredWholeNumbers}: one place for all Hibernate reads,
 * so text stored by hand in an INTEGER column is a named damaged row, never read as 0.
 */
public class OrderDeskSqliteDialect extends SQLiteDialect {
    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        var registry = typeContributions.getTypeConfiguration().getJdbcTypeRegistry();
        registry.addDescriptor(Types.BIGINT, new WholeBigInt());
        registry.addDescriptor(Types.INTEGER, new WholeInteger());
    }

    private static final class WholeBigInt extends BigIntJdbcType {
        @Override
        public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
            return new WholeExtractor<>(javaType, this, super.getExtractor(javaType), false);
        }
    }

    private static final class WholeInteger extends IntegerJdbcType {
        @Override
        public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
            return new WholeExtractor<>(javaType, this, super.getExtractor(javaType), true);
        }
    }

    /** Reads a result set's column through StoredWholeNumbers; stored procedures' parameters as before. */
    private static final class WholeExtractor<X> extends BasicExtractor<X> {
        private final transient ValueExtractor<X> plain;
        private final boolean integer;

        WholeExtractor(JavaType<X> javaType, org.hibernate.type.descriptor.jdbc.JdbcType jdbcType, ValueExtractor<X> plain,
                       boolean integer) {
            super(javaType, jdbcType);
            this.plain = plain;
            this.integer = integer;
        }

        @Override
        protected X doExtract(ResultSet rs, int paramIndex, WrapperOptions options) throws SQLException {
            long v = StoredWholeNumbers.readLong(rs, paramIndex);
            return integer ? getJavaType().wrap((int) v, options) : getJavaType().wrap(v, options);
        }

        @Override
        protected X doExtract(java.sql.CallableStatement statement, int index, WrapperOptions options) throws SQLException {
            return plain.extract(statement, index, options);
        }

        @Override
        protected X doExtract(java.sql.CallableStatement statement, String name, WrapperOptions options) throws SQLException {
            return plain.extract(statement, name, options);
        }
    }
}
