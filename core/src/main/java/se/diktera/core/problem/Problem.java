package se.diktera.core.problem;

import java.util.Locale;

/**
 * What went wrong, as a reason the client can put in the user's language. Exceptions of the engines
 * and the store carry one ({@link Explained}); their English message is detail for the command line
 * and for developers, never for a screen. Each reason has the message key {@link #key()} in both
 * of the client's bundles.
 */
public enum Problem {
    // speech and note models
    SPEECH_MODEL_MISSING,
    NOTE_MODEL_MISSING,
    BUNDLED_MODEL_MISSING,
    MODEL_DAMAGED,
    MODEL_FAILED,
    SPEECH_LIBRARY_MISSING,
    TEMPLATE_MISSING,
    TEMPLATE_INVALID,
    // audio devices and files
    MICROPHONE_MISSING,
    MICROPHONE_UNAVAILABLE,
    SOUND_OUTPUT_MISSING,
    SOUND_OUTPUT_UNAVAILABLE,
    AUDIO_FILE_MISSING,
    AUDIO_NOT_AUDIO,
    AUDIO_EMPTY,
    AUDIO_ENCODING,
    AUDIO_UNREADABLE,
    AUDIO_CUT_SHORT,
    /** A WAV header that contradicts itself or the file (a format no recorder writes, a data size hiding sound). */
    AUDIO_HEADER_WRONG,
    AUDIO_STREAM_FAILED,
    INPUT_FILE_MISSING,
    INPUT_NOT_TRANSCRIPT,
    /** Larger than one consultation can be (segments, words, a word's length, the file). */
    TRANSCRIPT_OVER_LIMITS,
    // importing models
    ARCHIVE_UNREADABLE,
    ARCHIVE_HOSTILE,
    ARCHIVE_TOO_LARGE,
    ARCHIVE_CHECKSUM,
    IMPORT_SOURCE_MISSING,
    LANGUAGE_REQUIRED,
    MODEL_ALREADY_INSTALLED,
    NOT_A_MODEL,
    MODEL_ID_INVALID,
    INSTALL_FAILED,
    // export and delivery
    NO_DESTINATION,
    SERVER_UNREACHABLE,
    /** Plain http to a server that is not this machine: refused before anything was sent. */
    SERVER_NOT_SECURE,
    SERVER_REFUSED,
    /** The TLS handshake failed: a client certificate asked for and not presented, or a server certificate not trusted. */
    SERVER_TLS_REFUSED,
    /** The client certificate or the trusted certificates set for mutual TLS cannot be read or used. */
    CLIENT_CERTIFICATE_UNUSABLE,
    SERVER_ANSWER_UNUSABLE,
    NOTE_INVALID,
    /** Someone else approved, sent back or withdrew the draft first. */
    REVIEW_CONFLICT,
    EXPORT_FOLDER_UNWRITABLE,
    // the store
    PASSPHRASE_WRONG,
    TOO_MANY_ATTEMPTS,
    ACCESS_DENIED,
    DATA_TAMPERED,
    DOCUMENT_DAMAGED,
    NOTE_STATE,
    IDENTITY_NUMBER_INVALID,
    STORAGE,
    // anything no reason was given for
    UNEXPECTED;

    /** The message key of this reason in the client's bundles, e.g. {@code problem.speech-model-missing}. */
    public String key() {
        return "problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
