package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.AmqpQueue;
import io.cloudmq.gateway.core.model.Binding;
import io.cloudmq.gateway.core.model.BindingSettings;
import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.Exchange;
import io.cloudmq.gateway.core.model.ExchangeSettings;
import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.core.model.QueueSettings;
import io.cloudmq.gateway.core.model.ResourceStatus;
import io.cloudmq.gateway.core.model.VirtualHost;
import io.cloudmq.gateway.core.port.broker.AmqpBrokerDriver;
import io.cloudmq.gateway.core.port.storage.AmqpQueueRepository;
import io.cloudmq.gateway.core.port.storage.BindingRepository;
import io.cloudmq.gateway.core.port.storage.ExchangeRepository;
import io.cloudmq.gateway.core.port.storage.ProvisioningJobRepository;
import io.cloudmq.gateway.core.port.storage.Transactions;
import io.cloudmq.gateway.core.port.storage.VirtualHostRepository;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The AMQP families of RabbitMQ instances: virtual hosts, exchanges, queues and bindings. Keys are the resource names of
 * their provisioning jobs ({@link AmqpJobKeys}). Objects inside virtual hosts are read from the broker's virtual hosts
 * of the instance, so the objects of a virtual host missing on the broker are reported missing with it.
 */
final class AmqpReconcilers {

    private AmqpReconcilers() {
    }

    /** Shared wiring: the families differ only in how they read storage and the broker. */
    abstract static class Base extends PresenceReconciler {
        final VirtualHostRepository vhosts;
        final BrokerDrivers drivers;

        Base(VirtualHostRepository vhosts, BrokerDrivers drivers, ProvisioningJobRepository jobs,
             ProvisioningService provisioning, Transactions tx) {
            super(jobs, provisioning, tx);
            this.vhosts = vhosts;
            this.drivers = drivers;
        }

        @Override
        public boolean appliesTo(Instance instance) {
            return instance.engine() == Engine.RABBITMQ;
        }

        Set<String> storedVhosts(Instance instance) {
            Set<String> names = new HashSet<>();
            vhosts.listAll(instance.id()).forEach(v -> names.add(v.name()));
            return names;
        }
    }

    @Singleton
    static class VirtualHosts extends Base {
        @Inject
        VirtualHosts(VirtualHostRepository vhosts, BrokerDrivers drivers, ProvisioningJobRepository jobs,
                     ProvisioningService provisioning, Transactions tx) {
            super(vhosts, drivers, jobs, provisioning, tx);
        }

        @Override
        public String family() {
            return "virtual-host";
        }

        @Override
        Map<String, ResourceStatus> stored(Instance instance) {
            Map<String, ResourceStatus> stored = new HashMap<>();
            for (VirtualHost v : vhosts.listAll(instance.id())) {
                stored.put(AmqpJobKeys.of(v.name()), v.status());
            }
            return stored;
        }

        @Override
        Set<String> onBroker(Instance instance) {
            Set<String> keys = new HashSet<>();
            drivers.amqp().listVirtualHosts(instance.placement()).forEach(v -> keys.add(AmqpJobKeys.of(v)));
            return keys;
        }

        @Override
        String applyKind() {
            return AmqpTopologyJobs.APPLY_VHOST;
        }

        @Override
        String deleteUnknownKind() {
            return AmqpTopologyJobs.DELETE_VHOST;
        }
    }

    /**
     * A family whose objects live inside virtual hosts: stored objects of the stored virtual hosts against the broker's
     * objects of the broker's virtual hosts, keyed by (virtual host, name or identity).
     */
    abstract static class InVirtualHost extends Base {

        InVirtualHost(VirtualHostRepository vhosts, BrokerDrivers drivers, ProvisioningJobRepository jobs,
                      ProvisioningService provisioning, Transactions tx) {
            super(vhosts, drivers, jobs, provisioning, tx);
        }

        /** Keys of the stored objects of one virtual host, with their status. */
        abstract Map<String, ResourceStatus> stored(String instanceId, String vhost);

        /** Names (or identities) of the broker's objects in one virtual host. */
        abstract List<String> onBroker(AmqpBrokerDriver driver, Instance instance, String vhost);

        @Override
        Map<String, ResourceStatus> stored(Instance instance) {
            Map<String, ResourceStatus> stored = new HashMap<>();
            for (String vhost : storedVhosts(instance)) {
                stored.putAll(stored(instance.id(), vhost));
            }
            return stored;
        }

        @Override
        Set<String> onBroker(Instance instance) {
            AmqpBrokerDriver driver = drivers.amqp();
            Set<String> keys = new HashSet<>();
            for (String vhost : driver.listVirtualHosts(instance.placement())) {
                onBroker(driver, instance, vhost).forEach(name -> keys.add(AmqpJobKeys.of(vhost, name)));
            }
            return keys;
        }
    }

    @Singleton
    static class Exchanges extends InVirtualHost {
        private final ExchangeRepository exchanges;

        @Inject
        Exchanges(ExchangeRepository exchanges, VirtualHostRepository vhosts, BrokerDrivers drivers,
                  ProvisioningJobRepository jobs, ProvisioningService provisioning, Transactions tx) {
            super(vhosts, drivers, jobs, provisioning, tx);
            this.exchanges = exchanges;
        }

        @Override
        public String family() {
            return "exchange";
        }

        @Override
        Map<String, ResourceStatus> stored(String instanceId, String vhost) {
            return exchanges.listAll(instanceId, vhost).stream()
                    .collect(Collectors.toMap(e -> AmqpJobKeys.of(vhost, e.name()), Exchange::status));
        }

        @Override
        List<String> onBroker(AmqpBrokerDriver driver, Instance instance, String vhost) {
            return driver.listExchanges(instance.placement(), vhost).stream().map(ExchangeSettings::name).toList();
        }

        @Override
        String applyKind() {
            return AmqpTopologyJobs.APPLY_EXCHANGE;
        }

        @Override
        String deleteUnknownKind() {
            return AmqpTopologyJobs.DELETE_EXCHANGE;
        }
    }

    @Singleton
    static class Queues extends InVirtualHost {
        private final AmqpQueueRepository queues;

        @Inject
        Queues(AmqpQueueRepository queues, VirtualHostRepository vhosts, BrokerDrivers drivers,
               ProvisioningJobRepository jobs, ProvisioningService provisioning, Transactions tx) {
            super(vhosts, drivers, jobs, provisioning, tx);
            this.queues = queues;
        }

        @Override
        public String family() {
            return "queue";
        }

        @Override
        Map<String, ResourceStatus> stored(String instanceId, String vhost) {
            return queues.listAll(instanceId, vhost).stream()
                    .collect(Collectors.toMap(q -> AmqpJobKeys.of(vhost, q.name()), AmqpQueue::status));
        }

        @Override
        List<String> onBroker(AmqpBrokerDriver driver, Instance instance, String vhost) {
            return driver.listQueues(instance.placement(), vhost).stream().map(QueueSettings::name).toList();
        }

        @Override
        String applyKind() {
            return AmqpTopologyJobs.APPLY_QUEUE;
        }

        @Override
        String deleteUnknownKind() {
            return AmqpTopologyJobs.DELETE_QUEUE;
        }
    }

    @Singleton
    static class Bindings extends InVirtualHost {
        private final BindingRepository bindings;

        @Inject
        Bindings(BindingRepository bindings, VirtualHostRepository vhosts, BrokerDrivers drivers,
                 ProvisioningJobRepository jobs, ProvisioningService provisioning, Transactions tx) {
            super(vhosts, drivers, jobs, provisioning, tx);
            this.bindings = bindings;
        }

        @Override
        public String family() {
            return "binding";
        }

        @Override
        Map<String, ResourceStatus> stored(String instanceId, String vhost) {
            return bindings.listAll(instanceId, vhost).stream()
                    .collect(Collectors.toMap(b -> AmqpJobKeys.of(vhost, b.identity()), Binding::status));
        }

        @Override
        List<String> onBroker(AmqpBrokerDriver driver, Instance instance, String vhost) {
            return driver.listBindings(instance.placement(), vhost).stream().map(BindingSettings::identity).toList();
        }

        @Override
        String applyKind() {
            return AmqpTopologyJobs.APPLY_BINDING;
        }

        /** A binding unknown to the gateway has no stored definition for the delete job to use: reported only. */
        @Override
        String deleteUnknownKind() {
            return null;
        }
    }
}
