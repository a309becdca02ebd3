package id.pendopo.notification.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals webhook signing secrets for the database and opens them to sign a delivery. The server must sign with the
 * secret itself, so it cannot keep only a hash; it keeps it encrypted with AES-256-GCM under a platform key instead,
 * so a copy of the database (a backup, a replica, a dump handed to support) does not let anyone forge deliveries.
 *
 * <p>Stored form: {@code v1:} and the Base64 of a 12-byte random nonce followed by the ciphertext and its tag. A
 * value without that prefix is a secret stored before sealing existed, and is used as it is until it is rotated.
 *
 * <p>The key is {@code pendopo.webhooks.secret-key} (Base64 of 32 bytes). Without it, a key is made once in
 * {@code ${pendopo.data}/keys/webhook-secrets.key} (owner-only permissions) and used from then on; both applications
 * of a node find the same file. Nodes of a cluster must be given the same key in the setting (docs/operations.md).
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "pendopo webhook signing secret".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored secret that this platform's key cannot open: sealed under another key, or damaged. */
    public static final class UnreadableSecretException extends RuntimeException {
        UnreadableSecretException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    @ConfigProperty(name = "pendopo.webhooks.secret-key")
    Optional<String> configuredKey;
    @Inject
    @ConfigProperty(name = "pendopo.data")
    String dataDirectory;

    private SecretKey key;

    public WebhookSecrets() {
    }

    /** For tests and tools outside a container: seals with {@code key} (32 bytes). */
    public WebhookSecrets(byte[] key) {
        this.key = aesKey(key);
    }

    @PostConstruct
    void init() {
        key = configuredKey.filter(k -> !k.isBlank())
                .map(k -> aesKey(decode(k)))
                .orElseGet(() -> aesKey(keyFile(Path.of(dataDirectory, "keys", "webhook-secrets.key"))));
    }

    /** The stored form of {@code secret}. */
    public String seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(CONTEXT);
            byte[] sealed = aes.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secret of a stored value; one stored before sealing existed is returned as it is. */
    public String open(String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException("the stored signing secret is damaged", e);
        }
        if (all.length <= NONCE_BYTES) {
            throw new UnreadableSecretException("the stored signing secret is damaged", null);
        }
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            aes.updateAAD(CONTEXT);
            return new String(aes.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableSecretException("the signing secret was sealed with another platform key"
                    + " (pendopo.webhooks.secret-key); rotate the webhook's secret", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code stored} is sealed (not a secret kept as it was before sealing existed). */
    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("pendopo.webhooks.secret-key must be the Base64 of 32 bytes", e);
        }
    }

    private static SecretKey aesKey(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalStateException("pendopo.webhooks.secret-key must be the Base64 of 32 bytes, not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Makes {@code link} a second name of {@code existing}: {@link Files#createLink}, or a stand-in in tests. */
    @FunctionalInterface
    interface Linker {
        void link(Path link, Path existing) throws IOException;
    }

    /** The key in {@code file}, made there first if there is none; two applications starting at once get one key. */
    static byte[] keyFile(Path file) {
        return keyFile(file, Files::createLink);
    }

    static byte[] keyFile(Path file, Linker linker) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                byte[] text = Base64.getEncoder().encode(fresh);
                Path draft = Files.createTempFile(file.getParent(), "webhook-secrets", ".tmp");
                try {
                    restrict(draft);
                    Files.write(draft, text, StandardOpenOption.TRUNCATE_EXISTING);
                    // Not a replacing move: whoever links the file first wins, the other reads the winner's key.
                    try {
                        linker.link(file, draft);
                    } catch (FileAlreadyExistsException lostTheRace) {
                        throw lostTheRace;
                    } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
                        // A file system without hard links: made new, for the owner only from its first byte.
                        writeNewForOwner(file, text);
                    }
                } catch (FileAlreadyExistsException lostTheRace) {
                    // fall through to reading it
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            return decode(readWhole(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the webhook secret key " + file, e);
        }
    }

    /**
     * The key file's text once it is whole: where hard links are refused, another application starting at the same
     * moment creates the file and then writes it, so for a few milliseconds it can be empty.
     */
    private static String readWhole(Path file) throws IOException {
        String text = Files.readString(file).strip();
        for (int wait = 0; text.length() < KEY_TEXT_LENGTH && wait < 50; wait++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            text = Files.readString(file).strip();
        }
        return text;
    }

    /** 32 bytes in Base64. */
    private static final int KEY_TEXT_LENGTH = 44;

    /** Creates {@code file}, failing if it exists, readable by its owner alone where the file system has owners. */
    private static void writeNewForOwner(Path file, byte[] content) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        try (SeekableByteChannel out = posix
                ? Files.newByteChannel(file, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.newByteChannel(file, options)) {
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply.
        }
    }
}
