package io.cloudmq.gateway.storage.mapper;

import io.cloudmq.gateway.core.model.ConsumerGroup;
import io.cloudmq.gateway.storage.entity.ConsumerGroupEntity;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
public interface ConsumerGroupMapper {

    // MapStruct takes the record's with…(..) copy methods for fluent setters; the constructor sets everything.
    @Mapping(target = "withStatus", ignore = true)
    @Mapping(target = "withSettings", ignore = true)
    ConsumerGroup toRecord(ConsumerGroupEntity entity);

    // A new row: the database assigns the id and Hibernate seeds the version.
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    ConsumerGroupEntity toEntity(ConsumerGroup group);

    /** Applies an update; the group's identity and creation time never change, the repository stamps the rest. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "instanceId", ignore = true)
    @Mapping(target = "name", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    void update(ConsumerGroup source, @MappingTarget ConsumerGroupEntity target);
}
