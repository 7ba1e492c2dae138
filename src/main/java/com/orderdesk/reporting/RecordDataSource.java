package com.orderdesk.reporting;

import com.orderdesk.model.common.Money;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A report data source over a list of Java records: a field {@code $F{sku}} reads the record
 * component {@code sku()}. JasperReports' bean data source only knows getX() methods; records have
 * none. {@link Money} values reach the template as BigDecimal so templates see only JDK types.
 */
public final class RecordDataSource implements JRRewindableDataSource {
    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private final List<? extends Record> rows;
    private Iterator<? extends Record> iterator;
    private Record current;

    public RecordDataSource(List<? extends Record> rows) {
        this.rows = List.copyOf(rows);
        this.iterator = this.rows.iterator();
    }

    @Override
    public boolean next() {
        if (!iterator.hasNext()) {
            current = null;
            return false;
        }
        current = iterator.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Method accessor = accessors(current.getClass()).get(field.getName());
        if (accessor == null) {
            throw new JRException("report field \"" + field.getName() + "\" is not a component of "
                    + current.getClass().getSimpleName() + " " + accessors(current.getClass()).keySet());
        }
        try {
            Object value = accessor.invoke(current);
            return value instanceof Money m ? m.amount() : value;
        } catch (ReflectiveOperationException e) {
            throw new JRException("cannot read " + field.getName() + " of " + current.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void moveFirst() {
        iterator = rows.iterator();
        current = null;
    }

    private static Map<String, Method> accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> {
            Map<String, Method> byName = new HashMap<>();
            for (RecordComponent c : t.getRecordComponents()) {
                Method m = c.getAccessor();
                m.setAccessible(true);
                byName.put(c.getName(), m);
            }
            return Map.copyOf(byName);
        });
    }
}
