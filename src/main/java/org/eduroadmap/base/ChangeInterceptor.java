package org.eduroadmap.base;

import java.util.Map;

import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells {@link DataVersion} of every record the ORM inserts, updates or deletes, collections included, except
 * records marked {@link OutsideKeptFigures}, and lets it move the version on just before each commit: after the
 * ORM has flushed and Envers has written the audit rows, on the transaction's own connection. The ORM is made
 * with this interceptor, and the data version reads through the ORM, so it is looked up at each call.
 */
@Component
class ChangeInterceptor implements Interceptor, HibernatePropertiesCustomizer {

    private final ObjectProvider<DataVersion> dataVersion;

    ChangeInterceptor(ObjectProvider<DataVersion> dataVersion) {
        this.dataVersion = dataVersion;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(AvailableSettings.INTERCEPTOR, this);
    }

    private DataVersion version() {
        return dataVersion.getObject();
    }

    private void changing(Object entity) {
        // Envers writes its audit rows as maps, always beside the change of the record they audit, which counts.
        if (!(entity instanceof Map) && !entity.getClass().isAnnotationPresent(OutsideKeptFigures.class)) {
            version().changing(entity);
        }
    }

    /** A collection counts as a change of the record that owns it (the audit trail's list of changes does not). */
    private void changingCollection(Object collection) {
        Object owner = collection instanceof PersistentCollection<?> persistent ? persistent.getOwner() : null;
        if (owner == null) {
            version().changing();
        } else {
            changing(owner);
        }
    }

    @Override
    public void beforeTransactionCompletion(Transaction transaction) {
        version().beforeCommit();
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        changing(entity);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
                                String[] propertyNames, Type[] types) {
        changing(entity);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        changing(entity);
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        changingCollection(collection);
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        changingCollection(collection);
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        changingCollection(collection);
    }
}
