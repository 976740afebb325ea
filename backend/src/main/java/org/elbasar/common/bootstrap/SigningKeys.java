package org.elbasar.common.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

/** The RSA key pair that signs access tokens: generated once into a directory and kept there. */
public final class SigningKeys {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private SigningKeys() {
    }

    /** True when the operator configured the keys, so none must be generated. */
    public static boolean isConfiguredExternally() {
        return System.getenv("SMALLRYE_JWT_SIGN_KEY_LOCATION") != null
                || System.getProperty("smallrye.jwt.sign.key.location") != null;
    }

    /** Makes sure a key pair exists in {@code directory}; returns the settings pointing Quarkus at it. */
    public static Map<String, String> ensure(Path directory) {
        Path privateKey = directory.resolve(PRIVATE_KEY_FILE);
        Path publicKey = directory.resolve(PUBLIC_KEY_FILE);
        try {
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
                Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "smallrye.jwt.sign.key.location", privateKey.toUri().toString(),
                "mp.jwt.verify.publickey.location", publicKey.toUri().toString());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
