package org.talentbridge.casefile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.talentbridge.account.CurrentUser;
import org.talentbridge.casefile.internal.CaseFileRepository;
import org.talentbridge.casefile.internal.CaseFileRepository.DocumentRow;
import org.talentbridge.casefile.internal.CaseFileRepository.FrozenRow;
import org.talentbridge.casefile.internal.DocumentStorage;
import org.talentbridge.shared.audit.AuditLog;
import org.talentbridge.shared.evidence.EvidenceFile;
import org.talentbridge.shared.evidence.EvidenceTypes;
import org.talentbridge.shared.validation.FieldProblem;
import org.talentbridge.shared.validation.InvalidInputException;

/**
 * The case file: documents on the applicant's own profile items (upload, replace keeping the old version, remove from
 * the profile), frozen with a case when it is submitted, and read by those who may read the case, every read audited.
 *
 * <p>A little over 300 lines: this is the module's public door, each method carrying its own permission and
 * transaction; the storage and the queries are already in {@code internal}.
 */
@Service
@EnableConfigurationProperties(CaseFileProperties.class)
public class CaseFileService {

    private final CaseFileRepository files;
    private final DocumentStorage storage;
    private final CaseFileProperties limits;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ObjectProvider<CaseReadAccess> readers;
    private final ObjectProvider<ProfileItems> profileItems;
    private final AchievementService achievements;
    private final Clock clock;

    CaseFileService(CaseFileRepository files, DocumentStorage storage, CaseFileProperties limits, CurrentUser currentUser,
                    AuditLog audit, ObjectProvider<CaseReadAccess> readers, ObjectProvider<ProfileItems> profileItems,
                    ObjectProvider<Clock> clock, AchievementService achievements) {
        this.achievements = achievements;
        this.files = files;
        this.storage = storage;
        this.limits = limits;
        this.currentUser = currentUser;
        this.audit = audit;
        this.readers = readers;
        this.profileItems = profileItems;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    public CaseFileProperties limits() {
        return limits;
    }

    /** The signed-in applicant's documents still on their profile, each with its versions (newest first). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    public List<DocumentView> myDocuments() {
        return files.activeDocuments(currentUser.require().id()).stream()
                .map(d -> new DocumentView(d.id(), d.item(), files.versions(d.id()))).toList();
    }

    /**
     * Adds a document to one of the applicant's own items. Refused on the field {@code file}, naming the file: empty,
     * larger than {@code app.casefile.max-file-size}, not a PDF, JPEG or PNG by its first bytes, a declared type or an
     * extension that says another type, or more than {@code app.casefile.max-files-per-item} on the item.
     */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public DocumentView upload(ItemRef item, EvidenceFile file) {
        long me = currentUser.require().id();
        if (!owns(me, item)) {
            throw new AccessDeniedException("not your profile item");
        }
        List<FieldProblem> problems = problemsOf(file);
        if (files.countActive(me, item) >= limits.maxFilesPerItem()) {
            problems.add(0, new FieldProblem("file", "casefile.tooMany", file.fileName(), limits.maxFilesPerItem()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long documentId = files.insertDocument(me, item, now());
        VersionView version = store(documentId, file);
        audit.record("casefile.uploaded", "profile:" + AuditLog.currentActor(), item + " " + describe(version));
        return new DocumentView(documentId, item, files.versions(documentId));
    }

    /** A new version of one of the applicant's documents; the old versions stay (and stay in the cases they went into). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public DocumentView replace(long documentId, EvidenceFile file) {
        DocumentRow document = mine(documentId);
        List<FieldProblem> problems = problemsOf(file);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        files.lock(documentId);
        VersionView version = store(documentId, file);
        audit.record("casefile.replaced", "profile:" + AuditLog.currentActor(), document.item() + " " + describe(version));
        return new DocumentView(documentId, document.item(), files.versions(documentId));
    }

    /** Takes a document off the profile; submitted cases keep it as it was frozen. */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public void remove(long documentId) {
        DocumentRow document = mine(documentId);
        files.remove(documentId, now());
        audit.record("casefile.removed", "profile:" + AuditLog.currentActor(), document.item() + " document=" + documentId);
    }

    /** A version of one of the applicant's own documents (for the profile's viewer and download). */
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    public DocumentContent openMine(long versionId) {
        long documentId = files.documentOfVersion(versionId).orElseThrow(() -> new AccessDeniedException("no such document"));
        mine(documentId);
        VersionView version = files.version(versionId).orElseThrow();
        audit.record("casefile.read", "profile:" + AuditLog.currentActor(), describe(version));
        return new DocumentContent(version.fileName(), version.contentType(), storage.read(versionId));
    }

    /**
     * Freezes the applicant's documents with a case (a system method inside the submission's transaction): the
     * current version of every document on an item the applicant still has, with what changed since the previous
     * submission of the case: {@code NEW} (added), {@code REPLACED}, {@code UNCHANGED}, and {@code REMOVED} for a
     * document of the previous submission that is no longer on the profile (recorded with the version the case had;
     * not part of the case file any more, {@link #removedFromCase}).
     *
     * Statements: the previous submission's rows only when there was one, the current versions of all the applicant's
     * documents in one query (issue 19: a submission's cost), then one insert per document.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void freeze(String caseNumber, long applicantAccountId) {
        int previous = files.latestSubmission(caseNumber);
        List<FrozenRow> earlier = previous == 0 ? List.of() : files.frozen(caseNumber, previous);
        Map<Long, Long> before = new HashMap<>();
        earlier.forEach(f -> before.put(f.documentId(), f.version().id()));
        OffsetDateTime at = now();
        List<String> changed = new ArrayList<>();
        java.util.Set<Long> kept = new java.util.HashSet<>();
        List<DocumentRow> documents = files.activeDocuments(applicantAccountId);
        Map<Long, VersionView> currentVersions = documents.isEmpty() ? Map.of() : files.currentVersions(applicantAccountId);
        for (DocumentRow d : documents) {
            if (!owns(applicantAccountId, d.item())) {
                continue; // the item left the profile: its documents do not go into the case
            }
            kept.add(d.id());
            VersionView current = currentVersions.get(d.id());
            Long earlierVersion = before.get(d.id());
            String change = previous == 0 || earlierVersion == null ? "NEW"
                    : earlierVersion == current.id() ? "UNCHANGED" : "REPLACED";
            files.insertFrozen(caseNumber, previous + 1, applicantAccountId, d.id(), current.id(), change, at);
            if (!change.equals("UNCHANGED")) {
                changed.add(d.item() + " " + change + " " + current.sha256());
            }
        }
        for (FrozenRow gone : earlier) {
            if (!gone.change().equals("REMOVED") && !kept.contains(gone.documentId())) {
                files.insertFrozen(caseNumber, previous + 1, applicantAccountId, gone.documentId(), gone.version().id(),
                        "REMOVED", at);
                changed.add(gone.item() + " REMOVED " + gone.version().sha256());
            }
        }
        achievements.freeze(caseNumber, previous + 1, applicantAccountId);
        audit.record(previous == 0 ? "casefile.frozen" : "casefile.refrozen", "case:" + caseNumber,
                "submission " + (previous + 1) + (previous == 0 ? "" : "; changed: " + changed));
    }

    /** The documents of a case's latest submission, for those who may read the case (refused otherwise). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CaseDocument> caseFile(String caseNumber) {
        requireReadable(caseNumber);
        return caseFileOf(caseNumber);
    }

    /**
     * The documents the case's latest submission took out: in the previous submission, no longer on the profile
     * ({@code REMOVED}); they are not in the case file and cannot be read through the case any more.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CaseDocument> removedFromCase(String caseNumber) {
        requireReadable(caseNumber);
        int latest = files.latestSubmission(caseNumber);
        return files.frozen(caseNumber, latest).stream().filter(f -> f.change().equals("REMOVED"))
                .map(f -> toCase(caseNumber, f)).toList();
    }

    /** The achievements and training hours frozen with the case's latest submission, for those who may read the case. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CaseRecords caseRecords(String caseNumber) {
        requireReadable(caseNumber);
        return achievements.frozen(caseNumber);
    }

    /** One document of a case (by its version id), for those who may read the case; every read is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public DocumentContent read(String caseNumber, long versionId) {
        requireReadable(caseNumber);
        CaseDocument document = caseFileOf(caseNumber).stream().filter(d -> d.id() == versionId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("not in this case"));
        audit.record("casefile.read", "case:" + caseNumber, document.item() + " " + describe(document.version()));
        return new DocumentContent(document.version().fileName(), document.version().contentType(), storage.read(versionId));
    }

    /** A correction request names the items whose documents the applicant is asked to replace. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void requestReplacement(String caseNumber, java.util.Collection<ItemRef> items) {
        requireReadable(caseNumber);
        for (ItemRef item : items) {
            files.requestReplacement(caseNumber, item, AuditLog.currentActor(), now());
        }
        if (!items.isEmpty()) {
            audit.record("casefile.replacementRequested", "case:" + caseNumber, items.toString());
        }
    }

    /** The items a correction asked to be replaced (the applicant's own case, or a reader's). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ItemRef> replacementRequests(String caseNumber) {
        requireReadable(caseNumber);
        return files.replacementRequests(caseNumber);
    }

    List<CaseDocument> caseFileOf(String caseNumber) {
        int latest = files.latestSubmission(caseNumber);
        return files.frozen(caseNumber, latest).stream().filter(f -> !f.change().equals("REMOVED"))
                .map(f -> toCase(caseNumber, f)).toList();
    }

    private static CaseDocument toCase(String caseNumber, FrozenRow f) {
        return new CaseDocument(caseNumber, f.item(), f.version(), f.change());
    }

    private void requireReadable(String caseNumber) {
        if (readers.stream().noneMatch(r -> r.mayRead(caseNumber))) {
            throw new AccessDeniedException("not a case the caller may read");
        }
    }

    private boolean owns(long accountId, ItemRef item) {
        if (item.kind().ownedByCaseFile()) {
            return achievements.owns(accountId, item);
        }
        ProfileItems owner = profileItems.getIfAvailable();
        return owner == null || owner.owns(accountId, item);
    }

    private DocumentRow mine(long documentId) {
        return files.document(documentId).filter(d -> !d.removed() && d.ownerAccountId() == currentUser.require().id())
                .orElseThrow(() -> new AccessDeniedException("not your document"));
    }

    private List<FieldProblem> problemsOf(EvidenceFile file) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldProblem p : EvidenceTypes.problems(List.of(file), 1, limits.maxFileSize().toBytes())) {
            problems.add(new FieldProblem("file", p.messageKey(), p.arguments().toArray()));
        }
        byte[] content = file.content() == null ? new byte[0] : file.content();
        if (problems.isEmpty() && !extensionFits(file.fileName(), EvidenceTypes.detect(content).orElseThrow())) {
            problems.add(new FieldProblem("file", "validation.evidenceTypeMismatch", file.fileName()));
        }
        return problems;
    }

    /** A name that ends in one of the three extensions must end in the one of the detected type (a PNG called x.pdf). */
    static boolean extensionFits(String name, String detected) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean pdf = lower.endsWith(".pdf");
        boolean jpeg = lower.endsWith(".jpg") || lower.endsWith(".jpeg");
        boolean png = lower.endsWith(".png");
        if (!pdf && !jpeg && !png) {
            return true;
        }
        return switch (detected) {
            case EvidenceTypes.PDF -> pdf;
            case EvidenceTypes.JPEG -> jpeg;
            default -> png;
        };
    }

    private VersionView store(long documentId, EvidenceFile file) {
        byte[] content = file.content();
        String type = EvidenceTypes.detect(content).orElseThrow();
        long versionId = files.insertVersion(documentId, FileNames.sanitise(file.fileName(), type), type, content.length,
                sha256(content), AuditLog.currentActor(), now());
        storage.write(versionId, content);
        return files.version(versionId).orElseThrow();
    }

    private static String describe(VersionView v) {
        return "version=" + v.id() + " " + v.fileName() + " sha256=" + v.sha256();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
