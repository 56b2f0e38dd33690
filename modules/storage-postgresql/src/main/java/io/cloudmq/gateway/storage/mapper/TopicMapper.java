package io.cloudmq.gateway.storage.mapper;

import io.cloudmq.gateway.core.model.Topic;
import io.cloudmq.gateway.storage.entity.TopicEntity;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper
public interface TopicMapper {

    // MapStruct takes the record's withStatus(..) copy method for a fluent setter; the constructor sets everything.
    @Mapping(target = "withStatus", ignore = true)
    Topic toRecord(TopicEntity entity);

    // A new row: the database assigns the id and Hibernate seeds the version.
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "version", ignore = true)
    TopicEntity toEntity(Topic topic);

    /** Applies an update; the topic's identity and creation time never change, the repository stamps the rest. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "instanceId", ignore = true)
    @Mapping(target = "name", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "version", ignore = true)
    void update(Topic source, @MappingTarget TopicEntity target);
}
