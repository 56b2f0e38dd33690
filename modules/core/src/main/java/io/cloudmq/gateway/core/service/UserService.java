package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.AclEntry;
import io.cloudmq.gateway.core.model.AclResourceType;
import io.cloudmq.gateway.core.model.BrokerUser;
import io.cloudmq.gateway.core.model.BrokerUserSettings;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.Page;
import io.cloudmq.gateway.core.model.PageRequest;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.BrokerUserRepository;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import io.cloudmq.gateway.core.security.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Broker users of an instance and their ACL entries. Every change (settings, secret, an entry) stores the desired state
 * and one APPLY job that makes the broker's user and permissions match it as a whole, so a lost or repeated job can
 * never leave a stale permission behind. Secrets are sealed before they are stored and never returned.
 */
@ApplicationScoped
public class UserService {

    private final InstanceRepository instances;
    private final BrokerUserRepository users;
    private final ProvisioningService provisioning;
    private final SecretSealer sealer;
    private final Transactions tx;
    private final Clock clock;

    @Inject
    public UserService(InstanceRepository instances, BrokerUserRepository users, ProvisioningService provisioning,
                       SecretSealer sealer, Transactions tx, Clock clock) {
        this.instances = instances;
        this.users = users;
        this.provisioning = provisioning;
        this.sealer = sealer;
        this.tx = tx;
        this.clock = clock;
    }

    public BrokerUser create(Caller caller, String instanceId, String username, String secret,
                             BrokerUserSettings settings) {
        Validation.username("username", username, 64);
        validateSecret(secret);
        Validation.ipWhitelist("ip_whitelist", settings.ipWhitelist());
        String sealed = sealer.seal(secret);
        long[] jobId = new long[1];
        BrokerUser created = tx.inNewTransaction(() -> {
            Instance instance = runningInstance(caller, instanceId);
            if (users.find(instance.id(), username).isPresent()) {
                throw GatewayException.alreadyExists(ResourceType.USER, username);
            }
            Instant now = clock.instant();
            BrokerUser user = users.insert(new BrokerUser(null, instance.id(), username, sealed, false, true, null,
                    null, null, ResourceStatus.CREATING, null, now, now, 0).withSettings(sealed, settings));
            jobId[0] = provisioning.enqueue(UserJobs.APPLY, instance.id(), username);
            return user;
        });
        provisioning.runNow(jobId[0]);
        return tx.inNewTransaction(() -> users.find(instanceId, username)).orElse(created);
    }

    public BrokerUser get(Caller caller, String instanceId, String username) {
        return tx.inNewTransaction(() -> liveUser(owned(caller, instanceId).id(), username));
    }

    public Page<BrokerUser> list(Caller caller, String instanceId, String nameFilter, PageRequest page) {
        return tx.inNewTransaction(() -> users.list(owned(caller, instanceId).id(), nameFilter, page));
    }

    /** Changes a user's settings, and its secret unless {@code newSecret} is null. */
    public BrokerUser update(Caller caller, String instanceId, String username, String newSecret,
                             BrokerUserSettings settings) {
        if (newSecret != null) {
            validateSecret(newSecret);
        }
        Validation.ipWhitelist("ip_whitelist", settings.ipWhitelist());
        String sealed = newSecret == null ? null : sealer.seal(newSecret);
        BrokerUser[] updated = new BrokerUser[1];
        change(caller, instanceId, username, current -> {
            updated[0] = current.withSettings(sealed, settings);
            users.update(updated[0]);
        });
        return updated[0];
    }

    public List<AclEntry> aclEntries(Caller caller, String instanceId, String username) {
        return tx.inNewTransaction(() -> {
            Instance instance = owned(caller, instanceId);
            liveUser(instance.id(), username);
            return users.aclEntries(instance.id(), username);
        });
    }

    /** Grants (or replaces) the user's permission on one topic or group. */
    public void putAclEntry(Caller caller, String instanceId, String username, AclEntry entry) {
        Validation.brokerName("resource_name", entry.resourceName(), 64);
        if (entry.actions().isEmpty()) {
            throw GatewayException.invalidParameter("actions", "must name at least one action.");
        }
        Validation.ipWhitelist("ip_whitelist", entry.ipWhitelist());
        change(caller, instanceId, username, current -> users.putAclEntry(current.instanceId(), username, entry));
    }

    /** Revokes the user's entry for one topic or group; NOT_FOUND when it has none. */
    public void removeAclEntry(Caller caller, String instanceId, String username, AclResourceType resourceType,
                               String resourceName) {
        change(caller, instanceId, username, current -> {
            if (!users.removeAclEntry(current.instanceId(), username, resourceType, resourceName)) {
                throw GatewayException.notFound(resourceType == AclResourceType.TOPIC
                        ? ResourceType.TOPIC : ResourceType.CONSUMER_GROUP, resourceName);
            }
        });
    }

    /** Deletes a user with its permissions: from the broker first, then from storage. */
    public void delete(Caller caller, String instanceId, String username) {
        long jobId = tx.inNewTransaction(() -> {
            Instance instance = runningInstance(caller, instanceId);
            users.update(liveUser(instance.id(), username).withStatus(ResourceStatus.DELETING));
            return provisioning.enqueue(UserJobs.DELETE, instance.id(), username);
        });
        provisioning.runNow(jobId);
    }

    /** Stores a change of a live user and applies the user's whole desired state to the broker. */
    private void change(Caller caller, String instanceId, String username, Consumer<BrokerUser> change) {
        long jobId = tx.inNewTransaction(() -> {
            Instance instance = runningInstance(caller, instanceId);
            change.accept(liveUser(instance.id(), username));
            return provisioning.enqueue(UserJobs.APPLY, instance.id(), username);
        });
        provisioning.runNow(jobId);
    }

    private static void validateSecret(String secret) {
        Validation.name("secret", secret, 8, 128);
    }

    private Instance owned(Caller caller, String instanceId) {
        return new InstanceLookup(instances).owned(caller, instanceId);
    }

    private Instance runningInstance(Caller caller, String instanceId) {
        return new InstanceLookup(instances).running(caller, instanceId, "users");
    }

    /** A user that exists and is not being deleted. */
    private BrokerUser liveUser(String instanceId, String username) {
        return users.find(instanceId, username)
                .filter(u -> u.status() != ResourceStatus.DELETING)
                .orElseThrow(() -> GatewayException.notFound(ResourceType.USER, username));
    }
}
