package io.cloudmq.gateway.core.service;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The resource name a provisioning job carries for an AMQP object: its path (virtual host, then name) with each
 * segment URL-encoded and joined by '/', so that names containing '/' (the virtual host "/" for one) stay unambiguous
 * and jobs of one object share one key (the worker runs them in order).
 */
final class AmqpJobKeys {

    private AmqpJobKeys() {
    }

    static String of(String... segments) {
        return Arrays.stream(segments).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8))
                .collect(Collectors.joining("/"));
    }

    static List<String> segments(String key) {
        return Arrays.stream(key.split("/", -1)).map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();
    }
}
