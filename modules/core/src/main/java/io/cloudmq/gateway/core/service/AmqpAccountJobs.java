package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.AmqpAccount;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.VirtualHost;
import io.cloudmq.gateway.core.port.storage.AmqpAccountRepository;
import io.cloudmq.gateway.core.port.storage.ProvisioningJob;
import io.cloudmq.gateway.core.port.storage.Transactions;
import io.cloudmq.gateway.core.port.storage.VirtualHostRepository;
import io.cloudmq.gateway.core.security.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Account jobs. APPLY creates the broker login with permissions on every live virtual host of the instance, then marks
 * the account ACTIVE; DELETE removes the login (closing its connections), then the row.
 */
@ApplicationScoped
public class AmqpAccountJobs implements JobHandler {

    public static final String APPLY = "APPLY_AMQP_ACCOUNT";
    public static final String DELETE = "DELETE_AMQP_ACCOUNT";

    private final AmqpAccountRepository accounts;
    private final VirtualHostRepository vhosts;
    private final SecretSealer sealer;
    private final BrokerDrivers drivers;
    private final Transactions tx;

    @Inject
    public AmqpAccountJobs(AmqpAccountRepository accounts, VirtualHostRepository vhosts, SecretSealer sealer,
                           BrokerDrivers drivers, Transactions tx) {
        this.accounts = accounts;
        this.vhosts = vhosts;
        this.sealer = sealer;
        this.drivers = drivers;
        this.tx = tx;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(APPLY, DELETE);
    }

    @Override
    public void execute(Instance instance, ProvisioningJob job) {
        String username = AmqpJobKeys.segments(job.resourceName()).get(0);
        if (APPLY.equals(job.kind())) {
            StoredObjects.apply(tx, () -> accounts.find(instance.id(), username), AmqpAccount::status,
                    account -> drivers.amqp().applyAccount(instance.placement(), username,
                            sealer.unseal(account.sealedPassword()), liveVirtualHosts(instance.id())),
                    current -> accounts.setStatus(instance.id(), username, ResourceStatus.ACTIVE));
        } else {
            drivers.amqp().deleteAccount(instance.placement(), username);
            tx.inNewTransaction(() -> accounts.delete(instance.id(), username));
        }
    }

    private Set<String> liveVirtualHosts(String instanceId) {
        return tx.inNewTransaction(() -> vhosts.listAll(instanceId).stream()
                .filter(v -> v.status() != ResourceStatus.DELETING)
                .map(VirtualHost::name)
                .collect(Collectors.toSet()));
    }
}
