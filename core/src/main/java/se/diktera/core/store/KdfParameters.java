package se.diktera.core.store;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Argon2id settings and salt, stored with each user so that they can be raised later without
 * locking anyone out.
 *
 * @param salt base64, 16 random bytes
 */
public record KdfParameters(String algorithm, String salt, int memoryKiB, int iterations, int parallelism) {

    public static final String ARGON2ID = "argon2id";
    /** OWASP's 2024 floor for Argon2id is 19 MiB, 2 passes; we take more memory and 3 passes (~0.3 s here). */
    public static final int DEFAULT_MEMORY_KIB = 64 * 1024;
    public static final int DEFAULT_ITERATIONS = 3;

    public KdfParameters {
        if (!ARGON2ID.equals(algorithm)) {
            throw new IllegalArgumentException("Unsupported key derivation " + algorithm);
        }
        if (memoryKiB < 8 * 1024 || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2id parameters below the safe minimum");
        }
    }

    public static KdfParameters fresh(SecureRandom random, int memoryKiB, int iterations) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new KdfParameters(ARGON2ID, Base64.getEncoder().encodeToString(salt), memoryKiB, iterations, 1);
    }

    byte[] saltBytes() {
        return Base64.getDecoder().decode(salt);
    }
}
