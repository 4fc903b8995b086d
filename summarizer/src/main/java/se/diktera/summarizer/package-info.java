/**
 * Transcript to structured draft note: utterance splitting, section classification with ONNX
 * Runtime, fact extraction with evidence, note assembly. Implements core's {@code NoteDrafter}.
 * Not built yet: see the summarizer issue.
 */
package se.diktera.summarizer;
