package se.diktera.models;

/** What a model is for. */
public enum ModelKind {
    /** Speech to text (a Vosk/Kaldi model folder). */
    SPEECH,
    /** Speaker identification (a Vosk speaker model). */
    SPEAKER,
    /** Transcript to note sections (an ONNX model). */
    NOTE
}
