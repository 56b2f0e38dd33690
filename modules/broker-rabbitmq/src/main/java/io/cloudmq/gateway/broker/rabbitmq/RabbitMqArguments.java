package io.cloudmq.gateway.broker.rabbitmq;

import com.rabbitmq.http.client.domain.BindingInfo;
import com.rabbitmq.http.client.domain.DestinationType;
import com.rabbitmq.http.client.domain.ExchangeInfo;
import com.rabbitmq.http.client.domain.QueueInfo;
import io.cloudmq.gateway.core.model.BindingDestinationType;
import io.cloudmq.gateway.core.model.BindingSettings;
import io.cloudmq.gateway.core.model.ExchangeSettings;
import io.cloudmq.gateway.core.model.ExchangeType;
import io.cloudmq.gateway.core.model.QueueSettings;
import io.cloudmq.gateway.core.model.QueueType;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Translates neutral exchange, queue and binding settings to RabbitMQ's declarations (type names and {@code x-}
 * arguments) and back, so that what the broker reports compares equal to what was declared.
 */
final class RabbitMqArguments {

    static final String DELAYED_TYPE = "x-delayed-type";
    static final String ALTERNATE_EXCHANGE = "alternate-exchange";
    static final String QUEUE_TYPE = "x-queue-type";
    static final String MESSAGE_TTL = "x-message-ttl";
    static final String MAX_LENGTH = "x-max-length";
    static final String DEAD_LETTER_EXCHANGE = "x-dead-letter-exchange";
    static final String DEAD_LETTER_ROUTING_KEY = "x-dead-letter-routing-key";

    private RabbitMqArguments() {
    }

    static ExchangeInfo exchangeInfo(ExchangeSettings exchange) {
        Map<String, Object> arguments = new HashMap<>();
        String routingType = exchange.type().name().toLowerCase(Locale.ROOT);
        if (exchange.alternateExchange() != null) {
            arguments.put(ALTERNATE_EXCHANGE, exchange.alternateExchange());
        }
        if (exchange.delayed()) {
            // The delayed-message plugin's exchange routes, after the delay, as its x-delayed-type says.
            arguments.put(DELAYED_TYPE, routingType);
        }
        String type = exchange.delayed() ? RabbitMqAmqpDriver.DELAYED_EXCHANGE_TYPE : routingType;
        return new ExchangeInfo(type, exchange.durable(), exchange.autoDelete(), exchange.internal(), arguments);
    }

    static ExchangeSettings exchangeSettings(String vhost, ExchangeInfo info) {
        Map<String, Object> arguments = argumentsOf(info.getArguments());
        boolean delayed = RabbitMqAmqpDriver.DELAYED_EXCHANGE_TYPE.equals(info.getType());
        String routingType = delayed ? String.valueOf(arguments.get(DELAYED_TYPE)) : info.getType();
        return new ExchangeSettings(vhost, info.getName(), ExchangeType.valueOf(routingType.toUpperCase(Locale.ROOT)),
                delayed, info.isDurable(), info.isAutoDelete(), info.isInternal(),
                stringArgument(arguments, ALTERNATE_EXCHANGE));
    }

    static QueueInfo queueInfo(QueueSettings queue) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put(QUEUE_TYPE, queue.type().name().toLowerCase(Locale.ROOT));
        putIfSet(arguments, MESSAGE_TTL, queue.messageTtlMillis());
        putIfSet(arguments, MAX_LENGTH, queue.maxLength());
        putIfSet(arguments, DEAD_LETTER_EXCHANGE, queue.deadLetterExchange());
        putIfSet(arguments, DEAD_LETTER_ROUTING_KEY, queue.deadLetterRoutingKey());
        return new QueueInfo(queue.durable(), queue.exclusive(), queue.autoDelete(), arguments);
    }

    static QueueSettings queueSettings(String vhost, QueueInfo info) {
        Map<String, Object> arguments = argumentsOf(info.getArguments());
        // Queues declared without x-queue-type (by clients) are classic.
        String type = Optional.ofNullable(stringArgument(arguments, QUEUE_TYPE)).orElse("classic");
        return new QueueSettings(vhost, info.getName(), QueueType.valueOf(type.toUpperCase(Locale.ROOT)),
                info.isDurable(), info.isAutoDelete(), info.isExclusive(), longArgument(arguments, MESSAGE_TTL),
                longArgument(arguments, MAX_LENGTH), stringArgument(arguments, DEAD_LETTER_EXCHANGE),
                stringArgument(arguments, DEAD_LETTER_ROUTING_KEY));
    }

    static BindingSettings bindingSettings(String vhost, BindingInfo info) {
        Map<String, String> arguments = new TreeMap<>();
        argumentsOf(info.getArguments()).forEach((key, value) -> arguments.put(key, String.valueOf(value)));
        BindingDestinationType destinationType = info.getDestinationType() == DestinationType.QUEUE
                ? BindingDestinationType.QUEUE : BindingDestinationType.EXCHANGE;
        return new BindingSettings(vhost, info.getSource(), destinationType, info.getDestination(),
                info.getRoutingKey(), arguments);
    }

    private static Map<String, Object> argumentsOf(Map<String, Object> arguments) {
        return arguments == null ? Map.of() : arguments;
    }

    private static void putIfSet(Map<String, Object> arguments, String key, Object value) {
        if (value != null) {
            arguments.put(key, value);
        }
    }

    private static String stringArgument(Map<String, Object> arguments, String key) {
        Object value = arguments.get(key);
        return value == null ? null : value.toString();
    }

    private static Long longArgument(Map<String, Object> arguments, String key) {
        return arguments.get(key) instanceof Number n ? n.longValue() : null;
    }
}
