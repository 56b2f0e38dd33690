package io.cloudmq.gateway.core.security;

import java.security.SecureRandom;

/** Generates access key ids and secrets with the shapes cloud SDKs accept (letters and digits only). */
public final class Credentials {

    private static final char[] UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
    private static final char[] ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Credentials() {
    }

    public static String newAccessKeyId() {
        return random(UPPER_ALNUM, 20);
    }

    public static String newSecret() {
        return random(ALNUM, 40);
    }

    public static String random(char[] alphabet, int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        return new String(out);
    }
}
