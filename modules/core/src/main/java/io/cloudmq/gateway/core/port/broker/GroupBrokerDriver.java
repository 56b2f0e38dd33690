package io.cloudmq.gateway.core.port.broker;

import io.cloudmq.gateway.core.model.BrokerPlacement;

import java.util.List;
import java.util.Set;

/**
 * Consumer groups on a topic-based broker (RocketMQ). Names are the tenant's logical names; the driver maps them into
 * the placement's namespace. Subscriptions and connections are the broker's live view (what online consumers
 * declared), never stored by the gateway. Mutations are idempotent; broker failures are UNAVAILABLE.
 */
public interface GroupBrokerDriver {

    /** Creates or updates a group on every broker of the cluster. */
    void applyGroup(BrokerPlacement placement, GroupSpec group);

    /** Deletes a group with its offsets and its retry and dead-letter topics; deleting an absent group succeeds. */
    void deleteGroup(BrokerPlacement placement, String groupName);

    /** Logical names of all groups the brokers hold in the placement's namespace. */
    Set<String> listGroups(BrokerPlacement placement);

    /** The consumers online in the group now; empty when none is. */
    List<ConsumerConnection> connections(BrokerPlacement placement, String groupName);

    /** The subscriptions of the consumers online in the group now (retry topics left out); empty when none is. */
    List<GroupSubscription> subscriptions(BrokerPlacement placement, String groupName);
}
