package io.cloudmq.gateway.core.port.storage;

import io.cloudmq.gateway.core.model.AclEntry;
import io.cloudmq.gateway.core.model.AclResourceType;
import io.cloudmq.gateway.core.model.BrokerUser;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;

import java.util.List;
import java.util.Optional;

/** Broker users of instances and their ACL entries (which go with the user). */
public interface BrokerUserRepository {
    Optional<BrokerUser> find(String instanceId, String username);

    /** Users of an instance ordered by name; {@code nameFilter} (case-insensitive substring) may be null. */
    Page<BrokerUser> list(String instanceId, String nameFilter, PageRequest page);

    List<BrokerUser> listAll(String instanceId);

    BrokerUser insert(BrokerUser user);

    /** Updates by optimistic lock: fails with a CONFLICT error when {@code user.version()} is stale. */
    void update(BrokerUser user);

    void delete(String instanceId, String username);

    /** The user's entries ordered by resource type and name. */
    List<AclEntry> aclEntries(String instanceId, String username);

    /** Adds the entry, or replaces the one for the same resource. */
    void putAclEntry(String instanceId, String username, AclEntry entry);

    /** Whether an entry was removed. */
    boolean removeAclEntry(String instanceId, String username, AclResourceType resourceType, String resourceName);
}
