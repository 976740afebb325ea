package org.elbasar.common.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * The RSA key pair that signs access tokens, generated once into a directory and kept there as PEM
 * files. At each start the current pair is also written as a JWK with its key id (so every token
 * names its key) and the public keys still trusted as a JWKS: the current one plus those retired by
 * {@link #rotate} less than {@link #RETIRED_KEYS_TRUSTED_FOR} ago, so tokens signed just before a
 * rotation stay valid until they expire and nobody is signed out, and the next pair once
 * {@link #prepare}d, so that with several instances every one trusts a key before any signs with it
 * (docs/security.md).
 */
public final class SigningKeys {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";
    static final String RETIRED_PREFIX = "jwt-public.retired-";
    static final String NEXT_PRIVATE_KEY_FILE = "jwt-private.next.pem";
    static final String NEXT_PUBLIC_KEY_FILE = "jwt-public.next.pem";
    static final String SIGNING_JWK_FILE = "jwt-signing.jwk.json";
    static final String TRUSTED_JWKS_FILE = "jwt-trusted.jwks.json";
    /** Far longer than an access token lives (15 minutes): a retired key then verifies nothing still valid. */
    static final Duration RETIRED_KEYS_TRUSTED_FOR = Duration.ofDays(1);

    private SigningKeys() {
    }

    /** True when the operator configured the keys, so none must be generated. */
    public static boolean isConfiguredExternally() {
        return System.getenv("SMALLRYE_JWT_SIGN_KEY_LOCATION") != null
                || System.getProperty("smallrye.jwt.sign.key.location") != null;
    }

    /** Makes sure a key pair exists in {@code directory}; returns the settings pointing Quarkus at it. */
    public static Map<String, String> ensure(Path directory) {
        return ensure(directory, Instant.now());
    }

    public static Map<String, String> ensure(Path directory, Instant now) {
        Path privateKey = directory.resolve(PRIVATE_KEY_FILE);
        Path publicKey = directory.resolve(PUBLIC_KEY_FILE);
        try {
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                generate(privateKey, publicKey);
            }
            PublicJsonWebKey signing = PublicJsonWebKey.Factory.newPublicJwk(readPublic(publicKey));
            signing.setPrivateKey(readPrivate(privateKey));
            signing.setKeyId(keyId(signing.getPublicKey()));
            signing.setAlgorithm("RS256");
            signing.setUse("sig");
            Path signingJwk = directory.resolve(SIGNING_JWK_FILE);
            Files.writeString(signingJwk, signing.toJson(OutputControlLevel.INCLUDE_PRIVATE), StandardCharsets.US_ASCII);
            restrict(signingJwk);

            List<PublicJsonWebKey> trusted = new ArrayList<>();
            trusted.add(publicJwk(signing.getPublicKey()));
            Path nextPublic = directory.resolve(NEXT_PUBLIC_KEY_FILE);
            if (Files.exists(nextPublic)) {
                trusted.add(publicJwk(readPublic(nextPublic)));
            }
            for (Path retired : retiredKeys(directory)) {
                Instant retiredAt = Instant.ofEpochSecond(Long.parseLong(retired.getFileName().toString()
                        .substring(RETIRED_PREFIX.length()).replace(".pem", "")));
                if (retiredAt.plus(RETIRED_KEYS_TRUSTED_FOR).isAfter(now)) {
                    trusted.add(publicJwk(readPublic(retired)));
                } else {
                    Files.delete(retired);
                }
            }
            Path jwks = directory.resolve(TRUSTED_JWKS_FILE);
            Files.writeString(jwks, new JsonWebKeySet(trusted).toJson(OutputControlLevel.PUBLIC_ONLY), StandardCharsets.US_ASCII);
            return Map.of(
                    "smallrye.jwt.sign.key.location", signingJwk.toUri().toString(),
                    "mp.jwt.verify.publickey.location", jwks.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes the next key pair, trusted from the next start but not signing yet: the first step of a
     * rotation across several instances. Keeps the pair already prepared, if any.
     */
    public static void prepare(Path directory) {
        try {
            Path nextPrivate = directory.resolve(NEXT_PRIVATE_KEY_FILE);
            Path nextPublic = directory.resolve(NEXT_PUBLIC_KEY_FILE);
            if (!Files.exists(nextPrivate) || !Files.exists(nextPublic)) {
                generate(nextPrivate, nextPublic);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Replaces the key pair with the prepared one, or a new one: the old public key is kept as retired
     * (still trusted for a day), the old private key is deleted. Takes effect when the application next starts.
     */
    public static void rotate(Path directory, Instant now) {
        try {
            Path publicKey = directory.resolve(PUBLIC_KEY_FILE);
            Path privateKey = directory.resolve(PRIVATE_KEY_FILE);
            if (Files.exists(publicKey)) {
                Files.move(publicKey, directory.resolve(RETIRED_PREFIX + now.getEpochSecond() + ".pem"));
            }
            Files.deleteIfExists(privateKey);
            prepare(directory);
            Files.move(directory.resolve(NEXT_PRIVATE_KEY_FILE), privateKey);
            Files.move(directory.resolve(NEXT_PUBLIC_KEY_FILE), publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key id tokens carry: the start of the public key's SHA-256, base64url. */
    public static String keyId(PublicKey key) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
    }

    private static void generate(Path privateKey, Path publicKey) throws IOException, GeneralSecurityException {
        Files.createDirectories(privateKey.getParent());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        restrict(privateKey);
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
    }

    private static List<Path> retiredKeys(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(RETIRED_PREFIX)).sorted().toList();
        }
    }

    private static PublicJsonWebKey publicJwk(PublicKey key) throws JoseException, GeneralSecurityException {
        PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(key);
        jwk.setKeyId(keyId(key));
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        return jwk;
    }

    public static PublicKey readPublic(Path file) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(file)));
    }

    public static PrivateKey readPrivate(Path file) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(file)));
    }

    private static byte[] der(Path pemFile) throws IOException {
        String body = Files.readString(pemFile, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    /** Private keys are readable by their owner only, where the file system allows it. */
    private static void restrict(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
