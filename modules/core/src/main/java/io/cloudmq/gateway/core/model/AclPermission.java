package io.cloudmq.gateway.core.model;

import java.util.Set;

/**
 * A permission in the shape the cloud consoles offer it (publish, subscribe, both, or explicitly denied), used for a
 * user's default permission on the topics or groups it has no ACL entry for.
 */
public enum AclPermission {
    PUB(Set.of(AclAction.PUB), AclDecision.ALLOW),
    SUB(Set.of(AclAction.SUB), AclDecision.ALLOW),
    PUB_SUB(Set.of(AclAction.PUB, AclAction.SUB), AclDecision.ALLOW),
    DENY(Set.of(AclAction.PUB, AclAction.SUB), AclDecision.DENY);

    private final Set<AclAction> actions;
    private final AclDecision decision;

    AclPermission(Set<AclAction> actions, AclDecision decision) {
        this.actions = actions;
        this.decision = decision;
    }

    public Set<AclAction> actions() {
        return actions;
    }

    public AclDecision decision() {
        return decision;
    }
}
