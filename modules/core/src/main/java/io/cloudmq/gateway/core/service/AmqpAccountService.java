package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.error.GatewayException;
import io.cloudmq.gateway.core.error.ResourceType;
import io.cloudmq.gateway.core.model.AmqpAccount;
import io.cloudmq.gateway.core.model.Caller;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.port.storage.AmqpAccountRepository;
import io.cloudmq.gateway.core.port.storage.InstanceRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import io.cloudmq.gateway.core.port.storage.VirtualHostRepository;
import io.cloudmq.gateway.core.security.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Logins AMQP clients use for an instance. The caller chooses username and password: a dialect whose vendor derives
 * them (for example from an access key pair) computes them itself, so the core stays free of vendor rules. An account
 * may use every virtual host of its instance; deleting it ends its access at once (its connections are closed).
 */
@ApplicationScoped
public class AmqpAccountService {

    private final AmqpScope scope;
    private final AmqpAccountRepository accounts;
    private final SecretSealer sealer;
    private final ProvisioningService provisioning;
    private final Transactions tx;
    private final Clock clock;

    @Inject
    public AmqpAccountService(InstanceRepository instances, VirtualHostRepository vhosts,
                              AmqpAccountRepository accounts, SecretSealer sealer, ProvisioningService provisioning,
                              Transactions tx, Clock clock) {
        this.scope = new AmqpScope(instances, vhosts);
        this.accounts = accounts;
        this.sealer = sealer;
        this.provisioning = provisioning;
        this.tx = tx;
        this.clock = clock;
    }

    public AmqpAccount create(Caller caller, String instanceId, String username, String password) {
        AmqpScope.amqpName("username", username);
        Validation.name("password", password, 1, AmqpScope.MAX_NAME);
        String sealedPassword = sealer.seal(password);
        long jobId = tx.inNewTransaction(() -> {
            Instance instance = scope.running(caller, instanceId);
            if (accounts.find(instance.id(), username).isPresent()) {
                throw GatewayException.alreadyExists(ResourceType.USER, username);
            }
            Instant now = clock.instant();
            accounts.insert(new AmqpAccount(null, instance.id(), username, sealedPassword, ResourceStatus.CREATING,
                    now, now, 0));
            return provisioning.enqueue(AmqpAccountJobs.APPLY, instance.id(), AmqpJobKeys.of(username));
        });
        provisioning.runNow(jobId);
        return tx.inNewTransaction(() -> accounts.find(instanceId, username)).orElseThrow();
    }

    public List<AmqpAccount> list(Caller caller, String instanceId) {
        return tx.inNewTransaction(() -> accounts.listAll(scope.owned(caller, instanceId).id()));
    }

    public void delete(Caller caller, String instanceId, String username) {
        long jobId = tx.inNewTransaction(() -> {
            Instance instance = scope.running(caller, instanceId);
            accounts.find(instance.id(), username)
                    .filter(a -> a.status() != ResourceStatus.DELETING)
                    .orElseThrow(() -> GatewayException.notFound(ResourceType.USER, username));
            accounts.setStatus(instance.id(), username, ResourceStatus.DELETING);
            return provisioning.enqueue(AmqpAccountJobs.DELETE, instance.id(), AmqpJobKeys.of(username));
        });
        provisioning.runNow(jobId);
    }
}
