package se.diktera.fhir.mhd;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Reference;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.problem.Problem;
import se.diktera.fhir.FhirSettings;
import se.diktera.fhir.mapping.DocumentReferenceMapper;
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.mapping.NoteText;

/**
 * One approved note version as an IHE MHD ITI-65 Provide Document Bundle (MHD 4.2, Minimal
 * Metadata), for registries that speak MHD rather than plain FHIR: a transaction of the
 * SubmissionSet List, the DocumentReference and the note as a Binary (plain text), each a POST
 * with a urn:uuid fullUrl, the DocumentReference's attachment pointing at the Binary with its size
 * and SHA-1 hash (base64 of the digest). The uniqueIds (an OID for the SubmissionSet, as MHD
 * requires) and entryUUIDs are derived from the note version, so a resend names the same document
 * (a registry refuses a second document with the same uniqueId). A withdrawn version is not
 * provided: MHD's DocumentReference status is current or superseded only.
 *
 * <p>Thread-safe: stateless apart from the settings.
 */
public final class ProvideDocumentBundle {

    static final String PROFILES = "https://profiles.ihe.net/ITI/MHD/StructureDefinition/";
    public static final String BUNDLE_PROFILE = PROFILES + "IHE.MHD.Minimal.ProvideBundle";
    public static final String SUBMISSION_SET_PROFILE = PROFILES + "IHE.MHD.Minimal.SubmissionSet";
    public static final String DOCUMENT_PROFILE = PROFILES + "IHE.MHD.Minimal.DocumentReference";
    public static final String SOURCE_ID = PROFILES + "ihe-sourceId";
    public static final String DESIGNATION_TYPE = PROFILES + "ihe-designationType";
    public static final String LIST_TYPES = "https://profiles.ihe.net/ITI/MHD/CodeSystem/MHDlistTypes";
    static final String URI_SYSTEM = "urn:ietf:rfc:3986";
    public static final String IDENTIFIER_TYPES = "https://profiles.ihe.net/ITI/MHD/CodeSystem/IHE.MHD.MHDIdentifierType";

    private final FhirSettings settings;
    private final DocumentReferenceMapper mapper;

    public ProvideDocumentBundle(FhirSettings settings) {
        this.settings = settings;
        this.mapper = new DocumentReferenceMapper(settings);
    }

    /**
     * @param patient the subject as the recipient knows it: a reference to its Patient, or one by
     *                identifier only (for files)
     */
    public Bundle of(ApprovedNote note, Instant submittedAt, Reference patient) {
        String version = mapper.versionIdentifier(note.note()).getValue();
        String binaryUrl = urn("binary " + version);
        String documentUrl = urn("document " + version);
        byte[] text = NoteText.plain(note.note()).getBytes(StandardCharsets.UTF_8);

        DocumentReference dr = mapper.map(note);
        dr.getMeta().getProfile().clear();
        dr.getMeta().addProfile(DOCUMENT_PROFILE);
        Identifier diktera = dr.getMasterIdentifier().copy();
        // MHD Minimal has no docStatus; an amendment is told by relatesTo replaces, which stays.
        dr.setDocStatus(null);
        dr.setMasterIdentifier(uniqueId(urn("uniqueId " + version)));
        dr.getIdentifier().clear();
        dr.addIdentifier(entryUuid(documentUrl));
        dr.addIdentifier(diktera);
        dr.setSubject(patient.copy());
        Attachment plain = dr.getContentFirstRep().getAttachment();
        Coding format = dr.getContentFirstRep().getFormat();
        dr.getContent().clear();
        dr.addContent().setFormat(format).setAttachment(new Attachment().setContentType(plain.getContentType())
                .setLanguage(plain.getLanguage()).setTitle(plain.getTitle()).setCreationElement(plain.getCreationElement())
                .setUrl(binaryUrl).setSize(text.length).setHash(sha1(text)));

        ListResource submission = new ListResource();
        submission.getMeta().addProfile(SUBMISSION_SET_PROFILE);
        submission.addExtension(SOURCE_ID, source());
        submission.addExtension(DESIGNATION_TYPE, dr.getType().copy());
        submission.addIdentifier(uniqueId(oid("submission uniqueId " + version)));
        submission.addIdentifier(entryUuid(urn("submission " + version)));
        submission.setStatus(ListResource.ListStatus.CURRENT);
        submission.setMode(ListResource.ListMode.WORKING);
        submission.setCode(new CodeableConcept().addCoding(new Coding(LIST_TYPES, "submissionset", "SubmissionSet as a FHIR List")));
        submission.setSubject(patient.copy());
        submission.setDate(Date.from(submittedAt));
        submission.setSource(dr.getAuthorFirstRep().copy());
        submission.addEntry().setItem(new Reference(documentUrl));

        Binary binary = new Binary().setContentType(plain.getContentType()).setData(text);

        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        bundle.getMeta().addProfile(BUNDLE_PROFILE);
        bundle.setTimestamp(Date.from(submittedAt));
        bundle.addEntry().setFullUrl(urn("submission " + version)).setResource(submission).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("List");
        bundle.addEntry().setFullUrl(documentUrl).setResource(dr).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("DocumentReference");
        bundle.addEntry().setFullUrl(binaryUrl).setResource(binary).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Binary");
        return bundle;
    }

    /**
     * The bundle without its profile claims, for the offline validator: the MHD profiles are not
     * available offline (IHE publishes them only as a FHIR package on its own registry), so the
     * base specification is what can be checked here; the MHD elements are built, and tested, as
     * the profiles require them.
     */
    public static Bundle withoutProfileClaims(Bundle bundle) {
        Bundle copy = bundle.copy();
        copy.getMeta().getProfile().clear();
        copy.getEntry().forEach(e -> e.getResource().getMeta().getProfile().clear());
        return copy;
    }

    /**
     * {@code bundle} once the offline validator found nothing wrong with it (against the base
     * specification, {@link #withoutProfileClaims}); an invalid bundle is never handed over.
     */
    public static Bundle checked(Bundle bundle, ApprovedNote note, FhirValidation validation) throws ExportException {
        List<String> errors = validation.errors(withoutProfileClaims(bundle));
        if (!errors.isEmpty()) {
            throw new ExportException(Problem.NOTE_INVALID, "The MHD bundle of " + note.note().id() + " v" + note.note().version()
                    + " is not valid FHIR and was not handed over: " + String.join("; ", errors), false, null);
        }
        return bundle;
    }

    /**
     * The document source, an OID as XDS wants it: derived (ITU-T X.667, 2.25) from the care unit
     * keeping the note when the site names one, else from the note identifier system, so one site
     * always names itself the same.
     */
    private Identifier source() {
        String who = settings.custodianHsaId() != null ? settings.hsaIdSystem() + "|" + settings.custodianHsaId()
                : settings.noteVersionSystem();
        return new Identifier().setSystem(URI_SYSTEM).setValue(oid("source " + who));
    }

    /**
     * A uniqueId: marked by use (MHD 4.2.3) and by type (MHD 4.2.4 tells them apart by type), so
     * either version's recipient reads it.
     */
    private static Identifier uniqueId(String value) {
        Identifier id = new Identifier().setUse(Identifier.IdentifierUse.USUAL).setSystem(URI_SYSTEM).setValue(value);
        id.getType().addCoding(new Coding(IDENTIFIER_TYPES, "uniqueId", "UniqueId"));
        return id;
    }

    private static Identifier entryUuid(String value) {
        Identifier id = new Identifier().setUse(Identifier.IdentifierUse.OFFICIAL).setSystem(URI_SYSTEM).setValue(value);
        id.getType().addCoding(new Coding(IDENTIFIER_TYPES, "entryUUID", "EntryUUID"));
        return id;
    }

    /** A stable OID for a name: the name's UUID as an integer under 2.25 (ITU-T X.667). */
    private static String oid(String name) {
        UUID u = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        BigInteger value = new BigInteger(1, ByteBuffer.allocate(16)
                .putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).array());
        return "urn:oid:2.25." + value;
    }

    /** The subject by identifier only, for a bundle written to a file. */
    public Reference patientByIdentifier(ApprovedNote note) {
        return new Reference().setIdentifier(mapper.patientIdentifier(note.consultation().patient().identifier()));
    }

    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }
}
