package se.diktera.core.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * AES-256-GCM with a random 96-bit nonce per message, and Argon2id key derivation. Sealed data is
 * {@code nonce || ciphertext || tag}; the associated data (a file's name, a chunk's index) binds a
 * ciphertext to its place, so moving or swapping it is detected like any other tampering.
 *
 * <p>Thread-safe.
 */
public final class Crypto {

    public static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int OVERHEAD = NONCE_BYTES + TAG_BITS / 8;

    private final SecureRandom random;

    public Crypto(SecureRandom random) {
        this.random = random;
    }

    public byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    public SecureRandom random() {
        return random;
    }

    public static byte[] deriveKey(char[] passphrase, KdfParameters p) {
        StoreThreads.check("key derivation");
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(p.saltBytes()).withMemoryAsKB(p.memoryKiB()).withIterations(p.iterations())
                .withParallelism(p.parallelism()).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] key = new byte[KEY_BYTES];
        byte[] utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase)).array();
        try {
            generator.generateBytes(utf8, key);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
        return key;
    }

    public byte[] seal(byte[] key, byte[] plaintext, byte[] associatedData) {
        StoreThreads.check("seal");
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(associatedData);
            byte[] sealed = c.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** @throws TamperedDataException when the data was changed, cut, or sealed with another key */
    public static byte[] open(byte[] key, byte[] sealed, byte[] associatedData, String what) {
        StoreThreads.check("open");
        if (sealed.length < OVERHEAD) {
            throw new TamperedDataException(what + " is truncated");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            c.updateAAD(associatedData);
            return c.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new TamperedDataException(what + " failed its integrity check: it was changed, cut short,"
                    + " or does not belong to this store");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }
}
