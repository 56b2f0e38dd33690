package io.cloudmq.gateway.core.port.broker;

import io.cloudmq.gateway.core.model.BrokerPlacement;

import java.util.Set;

/**
 * Users and their permissions on a broker, isolated per placement like topics: two instances may each have a user of
 * the same name. Mutations are idempotent; broker failures are UNAVAILABLE.
 */
public interface AccessControlBrokerDriver {

    /**
     * Makes the broker's user and permissions exactly {@code user}: creates or updates the user, grants what the spec
     * says and revokes every other permission the user holds.
     */
    void applyUser(BrokerPlacement placement, UserSpec user);

    /** Deletes a user with all its permissions; deleting an absent user succeeds. */
    void deleteUser(BrokerPlacement placement, String username);

    /** Logical names of all users the brokers hold in the placement's namespace. */
    Set<String> listUsers(BrokerPlacement placement);

    /** The name clients authenticate with (their access key) for a logical user name of the placement. */
    String brokerUsername(BrokerPlacement placement, String username);
}
