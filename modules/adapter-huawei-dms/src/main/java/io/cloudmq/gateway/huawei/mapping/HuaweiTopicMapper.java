package io.cloudmq.gateway.huawei.mapping;

import io.cloudmq.gateway.core.model.MessageType;
import io.cloudmq.gateway.core.model.Topic;
import io.cloudmq.gateway.core.model.TopicPermission;
import io.cloudmq.gateway.core.port.broker.BrokerTopicState;
import io.cloudmq.gateway.huawei.dto.TopicView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.Locale;

/** Topic shapes of the DMS API; the permission strings are {@code pub}, {@code sub} and {@code all}. */
@Mapper
public interface HuaweiTopicMapper {

    /** A topic as the broker reports it: real per-broker queue numbers. */
    @Mapping(target = "name", source = "topic.name")
    @Mapping(target = "totalReadQueueNum", expression = "java(state.totalReadQueueNums())")
    @Mapping(target = "totalWriteQueueNum", expression = "java(state.totalWriteQueueNums())")
    @Mapping(target = "permission", source = "state.permission")
    @Mapping(target = "brokers", source = "state.brokers")
    @Mapping(target = "messageType", source = "topic.messageType")
    TopicView fromBroker(Topic topic, BrokerTopicState state);

    @Mapping(target = "readQueueNum", source = "readQueueNums")
    @Mapping(target = "writeQueueNum", source = "writeQueueNums")
    TopicView.TopicBroker broker(BrokerTopicState.BrokerQueues queues);

    /** A topic from storage, spread over the instance's brokers as the driver creates it (same queues on each). */
    default TopicView fromStorage(Topic topic, List<String> brokerNames) {
        List<TopicView.TopicBroker> brokers = brokerNames.stream()
                .map(b -> new TopicView.TopicBroker(b, topic.readQueueNums(), topic.writeQueueNums()))
                .toList();
        int n = Math.max(brokers.size(), 1);
        return new TopicView(topic.name(), topic.readQueueNums() * n, topic.writeQueueNums() * n,
                permission(topic.permission()), brokers, messageType(topic.messageType()));
    }

    default String permission(TopicPermission permission) {
        return switch (permission) {
            case PUBLISH -> "pub";
            case SUBSCRIBE -> "sub";
            case PUBLISH_SUBSCRIBE -> "all";
        };
    }

    default String messageType(MessageType type) {
        return type.name();
    }

    static TopicPermission permission(String wire) {
        return switch (wire == null ? "all" : wire.toLowerCase(Locale.ROOT)) {
            case "pub" -> TopicPermission.PUBLISH;
            case "sub" -> TopicPermission.SUBSCRIBE;
            case "all" -> TopicPermission.PUBLISH_SUBSCRIBE;
            default -> throw new IllegalArgumentException(wire);
        };
    }
}
