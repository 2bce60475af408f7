package kz.iinportal.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;

/**
 * The PDF part of {@link UploadCheck}: the file must parse with PDFBox, have at least one page, not be encrypted and
 * carry no active content. Operators open these files on office machines; a document for an IIN application never
 * needs scripts, programs to launch, forms that send data, attached files or XFA forms, and a file that "needs" them
 * is either hostile or is fixed by printing it to PDF again.
 *
 * <p>Active content is looked for twice. First through the object model, where each feature lives: the catalog's
 * {@code /OpenAction} and {@code /AA}, the name tree's {@code /JavaScript} and {@code /EmbeddedFiles}, the AcroForm's
 * {@code /XFA} and its fields' actions, each page's {@code /AA}, its annotations' {@code /A} and {@code /AA} and
 * file attachment (or media) annotations. Then, because a reader may find an action where the model walk does not
 * look (an outline item, an object the page tree does not reach), every object of the file is walked for the names
 * {@link #RAW_NAMES}, as keys or as values. Objects are parsed, not grepped: names inside compressed object streams
 * are seen, and stream <em>data</em> (page text, images) is never decoded, so a page saying "JavaScript" is fine.
 *
 * <p>An {@code /OpenAction} that is only a destination (open at page 1, fit width: what LibreOffice and LaTeX write by
 * default) or a go-to action is no active content and is accepted; an {@code /OpenAction} with any other action
 * is refused. Links with web addresses (what every exported document with hyperlinks has) are accepted.
 *
 * <p>PDFBox is lenient and the input is hostile: any exception or a stack overflow from absurd nesting counts as a
 * damaged file, never as an error of the portal. A file whose streams would inflate beyond reason is refused as
 * damaged before PDFBox reads it ({@link PdfInflation}), since PDFBox inflates them into memory without a limit.
 */
final class PdfCheck {

    private static final COSName AA = COSName.getPDFName("AA");
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName NEXT = COSName.getPDFName("Next");

    /** Action types that run code, start programs, send or fetch data, or play embedded content. */
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, LAUNCH,
            COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"), COSName.getPDFName("GoToE"),
            COSName.getPDFName("Rendition"), COSName.getPDFName("RichMediaExecute"));

    /** Action types that only move within the document: go to a destination, next page, first page, … */
    private static final Set<COSName> MOVING_ACTIONS = Set.of(COSName.getPDFName("GoTo"), COSName.getPDFName("Named"));

    /** Annotations that carry a file or a media player. */
    private static final Set<COSName> ACTIVE_ANNOTATIONS = Set.of(COSName.getPDFName("FileAttachment"),
            COSName.getPDFName("RichMedia"), COSName.getPDFName("Screen"), COSName.getPDFName("Movie"),
            COSName.getPDFName("Sound"));

    /**
     * Names that no plain scanned or printed document contains, in any object. {@code /OpenAction} is not among
     * them (see the class comment); it only ever appears in the catalog, which the model walk checks completely.
     */
    private static final Set<COSName> RAW_NAMES = Set.of(COSName.JAVA_SCRIPT, COSName.JS, LAUNCH,
            COSName.EMBEDDED_FILE, COSName.EMBEDDED_FILES, COSName.XFA, COSName.getPDFName("RichMedia"));

    /** Direct objects nested deeper than this are no real document (they are a way to exhaust the stack). */
    private static final int MAX_DEPTH = 64;

    private PdfCheck() {
    }

    /** The problem of a PDF that has the {@code %PDF-} signature, if any. */
    static Optional<UploadProblem> check(byte[] pdf) {
        if (!PdfInflation.withinLimits(pdf)) {
            return Optional.of(UploadProblem.PDF_DAMAGED);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                return Optional.of(UploadProblem.PASSWORD_PROTECTED);
            }
            if (document.getNumberOfPages() < 1) {
                return Optional.of(UploadProblem.PDF_DAMAGED);
            }
            if (hasActiveContent(document) || hasActiveNames(document.getDocument())) {
                return Optional.of(UploadProblem.ACTIVE_CONTENT);
            }
            return Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of(UploadProblem.PASSWORD_PROTECTED);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return Optional.of(UploadProblem.PDF_DAMAGED);
        }
    }

    // --- the object model -----------------------------------------------------------------------------------------

    static boolean hasActiveContent(PDDocument document) {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSBase openAction = catalog.getDictionaryObject(COSName.OPEN_ACTION);
        if (openAction instanceof COSDictionary action && isActiveAction(action, true)) {
            return true;
        }
        if (openAction != null && !(openAction instanceof COSArray) && !(openAction instanceof COSDictionary)) {
            return true; // neither a destination nor an action: not something a reader should be left to interpret
        }
        if (hasActiveTriggers(catalog)) {
            return true;
        }
        COSDictionary names = dictionary(catalog, COSName.NAMES);
        if (names != null && (names.containsKey(COSName.JAVA_SCRIPT) || names.containsKey(COSName.EMBEDDED_FILES))) {
            return true;
        }
        // Without the default fix-up, which would build missing appearances: the check must not change the file.
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form != null && (form.getCOSObject().containsKey(COSName.XFA) || hasActiveField(form))) {
            return true;
        }
        for (PDPage page : document.getPages()) {
            if (hasActiveTriggers(page.getCOSObject()) || hasActiveAnnotation(page.getCOSObject())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasActiveField(PDAcroForm form) {
        for (PDField field : form.getFieldTree()) {
            if (isActiveAction(dictionary(field.getCOSObject(), COSName.A), false)
                    || hasActiveTriggers(field.getCOSObject())) {
                return true;
            }
            if (field instanceof PDTerminalField terminal) {
                // Widgets that are separate from their field and not on any page's /Annots are found here only.
                for (PDAnnotationWidget widget : terminal.getWidgets()) {
                    if (isActiveAnnotation(widget.getCOSObject())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasActiveAnnotation(COSDictionary page) {
        if (!(page.getDictionaryObject(COSName.ANNOTS) instanceof COSArray annotations)) {
            return false;
        }
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.getObject(i) instanceof COSDictionary annotation && isActiveAnnotation(annotation)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isActiveAnnotation(COSDictionary annotation) {
        return ACTIVE_ANNOTATIONS.contains(annotation.getCOSName(COSName.SUBTYPE))
                || isActiveAction(dictionary(annotation, COSName.A), false) || hasActiveTriggers(annotation);
    }

    /**
     * Whether any of the additional actions ({@code /AA}: on open, on close, on focus, …) is active. They run
     * without a click, so only moving within the document is allowed there.
     */
    private static boolean hasActiveTriggers(COSDictionary owner) {
        COSDictionary triggers = dictionary(owner, AA);
        if (triggers == null) {
            return false;
        }
        for (COSName trigger : triggers.keySet()) {
            if (isActiveAction(dictionary(triggers, trigger), true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the action, or any action chained after it with {@code /Next}, is active. An action that runs by
     * itself ({@code automatic}: on opening the document or a page, on focus) may only move within the document: a
     * web address opened on opening the file tells its sender who read it, when. A link the reader clicks may also
     * open a web address or another file; that is what hyperlinks in any exported document do.
     */
    private static boolean isActiveAction(COSDictionary first, boolean automatic) {
        List<COSDictionary> pending = new ArrayList<>();
        Map<COSDictionary, Boolean> seen = new IdentityHashMap<>(); // a /Next chain may loop
        if (first != null) {
            pending.add(first);
        }
        while (!pending.isEmpty()) {
            COSDictionary action = pending.remove(pending.size() - 1);
            if (seen.put(action, Boolean.TRUE) != null) {
                continue;
            }
            COSName type = action.getCOSName(COSName.S);
            if (ACTIVE_ACTIONS.contains(type) || action.containsKey(COSName.JS)
                    || automatic && !MOVING_ACTIONS.contains(type)) {
                return true;
            }
            COSBase next = action.getDictionaryObject(NEXT);
            if (next instanceof COSDictionary single) {
                pending.add(single);
            } else if (next instanceof COSArray several) {
                for (int i = 0; i < several.size(); i++) {
                    if (several.getObject(i) instanceof COSDictionary chained) {
                        pending.add(chained);
                    }
                }
            }
        }
        return false;
    }

    private static COSDictionary dictionary(COSDictionary owner, COSName key) {
        return owner.getDictionaryObject(key) instanceof COSDictionary d ? d : null;
    }

    // --- every object ---------------------------------------------------------------------------------------------

    /** Whether any object of the file, or the trailer, has one of the {@link #RAW_NAMES} as a key or a value. */
    static boolean hasActiveNames(COSDocument document) throws IOException {
        if (containsRawName(document.getTrailer(), 0)) {
            return true;
        }
        for (COSObjectKey key : new ArrayList<>(document.getXrefTable().keySet())) {
            COSObject object = document.getObjectFromPool(key);
            if (object != null && containsRawName(object.getObject(), 0)) {
                return true;
            }
        }
        return false;
    }

    /** Looks into direct objects only: an indirect reference is an object of its own, walked by the caller. */
    private static boolean containsRawName(COSBase value, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("objects nested deeper than " + MAX_DEPTH);
        }
        if (value instanceof COSName name) {
            return RAW_NAMES.contains(name);
        }
        if (value instanceof COSDictionary dictionary) { // streams too: their dictionary, never their data
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                if (RAW_NAMES.contains(entry.getKey()) || containsRawName(entry.getValue(), depth + 1)) {
                    return true;
                }
            }
        } else if (value instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (containsRawName(array.get(i), depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
