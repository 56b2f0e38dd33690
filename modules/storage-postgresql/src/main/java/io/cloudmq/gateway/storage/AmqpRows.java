package io.cloudmq.gateway.storage;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;

import java.time.Instant;

/**
 * What the repositories of AMQP objects share: inserting with the constraint violations translated, and status
 * changes. A status change is a single UPDATE that bumps the version, so that a concurrent optimistic update of the same
 * row still notices it.
 */
final class AmqpRows {

    private AmqpRows() {
    }

    /**
     * Inserts a row. A unique violation means the object exists; a foreign key violation means its container (the
     * instance, or the virtual host {@code vhost} when not null) does not.
     */
    static void insert(PanacheEntityBase entity, ResourceType type, String name, String instanceId, String vhost) {
        try {
            entity.persistAndFlush();
        } catch (PersistenceException e) {
            if (PersistenceErrors.isUniqueViolation(e)) {
                throw GatewayException.alreadyExists(type, name);
            }
            if (PersistenceErrors.isForeignKeyViolation(e)) {
                throw vhost == null ? GatewayException.notFound(ResourceType.INSTANCE, instanceId)
                        : GatewayException.notFound(ResourceType.VIRTUAL_HOST, vhost);
            }
            throw e;
        }
    }

    /** Sets the status of the rows of {@code entity} matching {@code where} (positional parameters from ?3 on). */
    static void setStatus(String entity, String where, ResourceStatus status, Instant now, Object... keys) {
        Query update = Panache.getEntityManager().createQuery("update " + entity
                + " set status = ?1, updatedAt = ?2, version = version + 1 where " + where);
        update.setParameter(1, status);
        update.setParameter(2, now);
        for (int i = 0; i < keys.length; i++) {
            update.setParameter(i + 3, keys[i]);
        }
        update.executeUpdate();
    }
}
