package io.cloudmq.gateway.core.service;

import io.cloudmq.gateway.core.model.Engine;
import io.cloudmq.gateway.core.model.Instance;
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
import java.util.Map;
import java.util.Set;

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

    @Singleton
    static class Exchanges extends Base {
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
        Map<String, ResourceStatus> stored(Instance instance) {
            Map<String, ResourceStatus> stored = new HashMap<>();
            for (String vhost : storedVhosts(instance)) {
                exchanges.listAll(instance.id(), vhost)
                        .forEach(e -> stored.put(AmqpJobKeys.of(vhost, e.name()), e.status()));
            }
            return stored;
        }

        @Override
        Set<String> onBroker(Instance instance) {
            AmqpBrokerDriver driver = drivers.amqp();
            Set<String> keys = new HashSet<>();
            for (String vhost : driver.listVirtualHosts(instance.placement())) {
                driver.listExchanges(instance.placement(), vhost)
                        .forEach(e -> keys.add(AmqpJobKeys.of(vhost, e.name())));
            }
            return keys;
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
    static class Queues extends Base {
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
        Map<String, ResourceStatus> stored(Instance instance) {
            Map<String, ResourceStatus> stored = new HashMap<>();
            for (String vhost : storedVhosts(instance)) {
                queues.listAll(instance.id(), vhost)
                        .forEach(q -> stored.put(AmqpJobKeys.of(vhost, q.name()), q.status()));
            }
            return stored;
        }

        @Override
        Set<String> onBroker(Instance instance) {
            AmqpBrokerDriver driver = drivers.amqp();
            Set<String> keys = new HashSet<>();
            for (String vhost : driver.listVirtualHosts(instance.placement())) {
                driver.listQueues(instance.placement(), vhost).forEach(q -> keys.add(AmqpJobKeys.of(vhost, q.name())));
            }
            return keys;
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
    static class Bindings extends Base {
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
        Map<String, ResourceStatus> stored(Instance instance) {
            Map<String, ResourceStatus> stored = new HashMap<>();
            for (String vhost : storedVhosts(instance)) {
                bindings.listAll(instance.id(), vhost)
                        .forEach(b -> stored.put(AmqpJobKeys.of(vhost, b.identity()), b.status()));
            }
            return stored;
        }

        @Override
        Set<String> onBroker(Instance instance) {
            AmqpBrokerDriver driver = drivers.amqp();
            Set<String> keys = new HashSet<>();
            for (String vhost : driver.listVirtualHosts(instance.placement())) {
                driver.listBindings(instance.placement(), vhost)
                        .forEach(b -> keys.add(AmqpJobKeys.of(vhost, b.identity())));
            }
            return keys;
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
