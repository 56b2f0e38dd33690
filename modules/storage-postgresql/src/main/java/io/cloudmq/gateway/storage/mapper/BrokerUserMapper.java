package io.cloudmq.gateway.storage.mapper;

import io.cloudmq.gateway.core.model.AclAction;
import io.cloudmq.gateway.core.model.AclEntry;
import io.cloudmq.gateway.core.model.BrokerUser;
import io.cloudmq.gateway.storage.entity.AclEntryEntity;
import io.cloudmq.gateway.storage.entity.BrokerUserEntity;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

@Mapper(imports = BrokerUserEntity.class)
public interface BrokerUserMapper {

    // MapStruct takes the record's withStatus(..) copy method for a fluent setter; the constructor sets everything.
    @Mapping(target = "withStatus", ignore = true)
    @Mapping(target = "admin", expression = "java(BrokerUserEntity.ADMIN.equals(entity.userType))")
    BrokerUser toRecord(BrokerUserEntity entity);

    // A new row: the database assigns the id and Hibernate seeds the version.
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "userType", expression = "java(userType(user))")
    BrokerUserEntity toEntity(BrokerUser user);

    /** Applies an update; the user's identity and creation time never change, the repository stamps the rest. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "instanceId", ignore = true)
    @Mapping(target = "username", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "userType", expression = "java(userType(source))")
    void update(BrokerUser source, @MappingTarget BrokerUserEntity target);

    AclEntry toRecord(AclEntryEntity entity);

    /** Copies an entry's grant into a row; the row's identity and user are the repository's business. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "userId", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    void update(AclEntry source, @MappingTarget AclEntryEntity target);

    default String userType(BrokerUser user) {
        return user.admin() ? BrokerUserEntity.ADMIN : BrokerUserEntity.NORMAL;
    }

    /** Sorted, so the column reads the same whatever order the set iterates in. */
    default String actions(Set<AclAction> actions) {
        return actions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    default Set<AclAction> actions(String actions) {
        return Arrays.stream(actions.split(",")).map(AclAction::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
