package io.cloudmq.gateway.huawei.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One captured request of {@code vectors/huawei/*.http}: CRLF head exactly as on the wire, body stored de-chunked.
 * Mutators return copies so that negative tests can tamper with one part at a time.
 */
record HuaweiHttpVector(String name, String method, String rawPath, String rawQuery,
                        List<Map.Entry<String, String>> headers, byte[] body) {

    static final String AK = "TESTAK1234567890ABCD";
    static final String SK = "testSecretKey0123456789abcdefghijklmnopq";
    static final String RESOURCE_DIR = "/vectors/huawei/";

    static byte[] resourceBytes(String fileName) {
        try (InputStream in = HuaweiHttpVector.class.getResourceAsStream(RESOURCE_DIR + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + RESOURCE_DIR + fileName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HuaweiHttpVector load(String fileName) {
        return parse(fileName, resourceBytes(fileName));
    }

    static HuaweiHttpVector parse(String name, byte[] bytes) {
        int headEnd = indexOf(bytes, new byte[] {'\r', '\n', '\r', '\n'});
        if (headEnd < 0) {
            throw new IllegalArgumentException(name + ": no CRLFCRLF after the head");
        }
        // The head is ASCII on the wire; ISO-8859-1 maps every byte to one char, like an HTTP server would.
        String head = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n", -1);
        String[] requestLine = lines[0].split(" ", -1);
        if (requestLine.length != 3 || !requestLine[2].equals("HTTP/1.1")) {
            throw new IllegalArgumentException(name + ": bad request line " + lines[0]);
        }
        String target = requestLine[1];
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? null : target.substring(question + 1);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(name + ": bad header line " + lines[i]);
            }
            headers.add(Map.entry(lines[i].substring(0, colon), stripOws(lines[i].substring(colon + 1))));
        }
        byte[] body = Arrays.copyOfRange(bytes, headEnd + 4, bytes.length);
        return new HuaweiHttpVector(name, requestLine[0], rawPath, rawQuery, List.copyOf(headers), body);
    }

    /** First value of a header, case-insensitive, as an HTTP server exposes it. */
    String header(String headerName) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(headerName)) {
                return header.getValue();
            }
        }
        return null;
    }

    String sdkDate() {
        return header("X-Sdk-Date");
    }

    String signature() {
        String authorization = header("Authorization");
        return authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
    }

    SignedRequest toSignedRequest() {
        Function<String, String> lookup = this::header;
        return new SignedRequest(method, rawPath, rawQuery, lookup, body.clone());
    }

    HuaweiHttpVector withRawPath(String newRawPath) {
        return new HuaweiHttpVector(name, method, newRawPath, rawQuery, headers, body);
    }

    HuaweiHttpVector withRawQuery(String newRawQuery) {
        return new HuaweiHttpVector(name, method, rawPath, newRawQuery, headers, body);
    }

    HuaweiHttpVector withBody(byte[] newBody) {
        return new HuaweiHttpVector(name, method, rawPath, rawQuery, headers, newBody);
    }

    /** Replaces the value of an existing header, or appends the header; a {@code null} value removes it. */
    HuaweiHttpVector withHeader(String headerName, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>();
        boolean replaced = false;
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(headerName)) {
                if (value != null && !replaced) {
                    changed.add(Map.entry(header.getKey(), value));
                }
                replaced = true;
            } else {
                changed.add(header);
            }
        }
        if (!replaced && value != null) {
            changed.add(Map.entry(headerName, value));
        }
        return new HuaweiHttpVector(name, method, rawPath, rawQuery, List.copyOf(changed), body);
    }

    private static String stripOws(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && (value.charAt(start) == ' ' || value.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (value.charAt(end - 1) == ' ' || value.charAt(end - 1) == '\t')) {
            end--;
        }
        return value.substring(start, end);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public String toString() {
        return name;
    }
}
