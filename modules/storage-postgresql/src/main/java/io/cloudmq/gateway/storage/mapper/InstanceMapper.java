package io.cloudmq.gateway.storage.mapper;

import io.cloudmq.gateway.core.model.Instance;
import io.cloudmq.gateway.storage.entity.InstanceEntity;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
public interface InstanceMapper {

    // MapStruct takes the record's withStatus(..) copy method for a fluent setter; the constructor sets everything.
    @Mapping(target = "withStatus", ignore = true)
    Instance toRecord(InstanceEntity entity);

    // A new row: Hibernate seeds the version.
    @Mapping(target = "version", ignore = true)
    InstanceEntity toEntity(Instance instance);

    /** Applies an update; identity, ownership and creation time never change, the repository stamps the rest. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "tenantId", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    void update(Instance source, @MappingTarget InstanceEntity target);
}
