package id.pendopo.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
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
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's sealing key. Some things the server must be able to read again are secrets nobody holding a copy of
 * the database (a backup, a replica, a dump handed to support) may read: a webhook's signing secret, and the answer to
 * a report remembered for an Idempotency-Key retry, which carries the reporter's tracking secret. They are stored
 * sealed with AES-256-GCM under this key: a random 12-byte nonce, then the ciphertext and its tag, with the purpose as
 * associated data, so a value sealed for one purpose does not open for another.
 *
 * <p>The key is {@code pendopo.webhooks.secret-key} (Base64 of 32 bytes; the name is older than its second use).
 * Without it, a key is made once in {@code ${pendopo.data}/keys/webhook-secrets.key} (owner-only permissions) and used
 * from then on; both applications of a node find the same file. Nodes of a cluster must be given the same key in the
 * setting (docs/operations.md).
 */
@ApplicationScoped
public class PlatformKey {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored value that this platform's key cannot open: sealed under another key, for another use, or damaged. */
    public static final class UnreadableException extends RuntimeException {
        UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Seals and opens values for one purpose, with one key. */
    public static final class Seal {
        private final SecretKey key;
        private final byte[] purpose;

        private Seal(SecretKey key, String purpose) {
            this.key = key;
            this.purpose = purpose.getBytes(StandardCharsets.UTF_8);
        }

        /** {@code text} sealed: Base64 of the nonce, the ciphertext and its tag; a fresh nonce each time. */
        public String seal(String text) {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            try {
                Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
                aes.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
                aes.updateAAD(purpose);
                byte[] sealed = aes.doFinal(text.getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(
                        ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The text {@link #seal} sealed; throws {@link UnreadableException} for anything else. */
        public String open(String sealed) {
            byte[] all;
            try {
                all = Base64.getDecoder().decode(sealed);
            } catch (IllegalArgumentException e) {
                throw new UnreadableException("the sealed value is damaged", e);
            }
            if (all.length <= NONCE_BYTES) {
                throw new UnreadableException("the sealed value is damaged", null);
            }
            try {
                Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
                aes.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
                aes.updateAAD(purpose);
                return new String(aes.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
            } catch (AEADBadTagException e) {
                throw new UnreadableException("the value was sealed with another platform key"
                        + " (pendopo.webhooks.secret-key), for another use, or is damaged", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    @ConfigProperty(name = "pendopo.webhooks.secret-key")
    Optional<String> configuredKey;
    @Inject
    @ConfigProperty(name = "pendopo.data")
    String dataDirectory;

    private byte[] key;

    public PlatformKey() {
    }

    /** For tests and tools outside a container: the key itself (32 bytes). */
    public PlatformKey(byte[] key) {
        this.key = checked(key);
    }

    @PostConstruct
    void init() {
        key = checked(configuredKey.filter(k -> !k.isBlank()).map(PlatformKey::decode)
                .orElseGet(() -> keyFile(Path.of(dataDirectory, "keys", "webhook-secrets.key"))));
    }

    /**
     * Seals with the key itself. Each seal takes a random nonce, so one key must not seal more than about 2³² values
     * (NIST SP 800-38D): fit for values made rarely, such as webhook secrets. (The key itself is also the HMAC key of
     * {@link #sealFor(String, String...)}; AES and HMAC-SHA-256 are unrelated functions, and webhook secrets sealed
     * before this class existed must still open with it.)
     */
    public Seal sealFor(String purpose) {
        return new Seal(new SecretKeySpec(key, "AES"), purpose);
    }

    /**
     * Seals with a key of its own for {@code purpose} and {@code binding}, derived from the platform key with
     * HMAC-SHA-256: for values made in every request, which would wear out one key, and so that a value opens only
     * where it was sealed (the binding, for example a request's identity, is needed to open it).
     */
    public Seal sealFor(String purpose, String... binding) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            // Each part with its length first, the purpose too, so no two lists of parts run together alike.
            for (String part : prepend(purpose, binding)) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                hmac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                hmac.update(bytes);
            }
            return new Seal(new SecretKeySpec(hmac.doFinal(), "AES"), purpose);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("pendopo.webhooks.secret-key must be the Base64 of 32 bytes", e);
        }
    }

    private static byte[] checked(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalStateException("pendopo.webhooks.secret-key must be the Base64 of 32 bytes, not "
                    + bytes.length);
        }
        return bytes.clone();
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
            throw new UncheckedIOException("cannot read or make the platform key " + file, e);
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
