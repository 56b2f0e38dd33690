package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.AclEntry;
import io.cloudmq.gateway.core.model.BrokerUser;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.broker.UserSpec;
import io.cloudmq.gateway.core.port.storage.BrokerUserRepository;
import io.cloudmq.gateway.core.port.storage.ProvisioningJob;
import io.cloudmq.gateway.core.port.storage.Transactions;
import io.cloudmq.gateway.core.security.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/**
 * User jobs: make the broker's user and permissions match the stored user and ACL entries (then mark it ACTIVE);
 * delete the user from the broker, then the row (its entries go with it).
 */
@ApplicationScoped
public class UserJobs implements JobHandler {

    public static final String APPLY = "APPLY_USER";
    public static final String DELETE = "DELETE_USER";

    private final BrokerUserRepository users;
    private final BrokerDrivers drivers;
    private final SecretSealer sealer;
    private final Transactions tx;

    @Inject
    public UserJobs(BrokerUserRepository users, BrokerDrivers drivers, SecretSealer sealer, Transactions tx) {
        this.users = users;
        this.drivers = drivers;
        this.sealer = sealer;
        this.tx = tx;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(APPLY, DELETE);
    }

    @Override
    public void execute(Instance instance, ProvisioningJob job) {
        if (APPLY.equals(job.kind())) {
            apply(instance, job.resourceName());
        } else {
            drivers.accessControl().deleteUser(instance.placement(), job.resourceName());
            tx.inNewTransaction(() -> users.delete(instance.id(), job.resourceName()));
        }
    }

    private void apply(Instance instance, String username) {
        record Stored(BrokerUser user, List<AclEntry> acl) {
        }
        StoredObjects.apply(tx,
                () -> users.find(instance.id(), username)
                        .map(u -> new Stored(u, users.aclEntries(instance.id(), username))),
                stored -> stored.user().status(),
                stored -> {
                    BrokerUser u = stored.user();
                    drivers.accessControl().applyUser(instance.placement(), new UserSpec(u.username(),
                            sealer.unseal(u.sealedSecret()), u.admin(), u.enabled(), u.defaultTopicPermission(),
                            u.defaultGroupPermission(), u.ipWhitelist(), stored.acl()));
                },
                current -> users.update(current.user().withStatus(ResourceStatus.ACTIVE)));
    }
}
