package kz.iinportal.complaint;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import kz.iinportal.documents.DocumentFormat;
import kz.iinportal.documents.SafeFileName;
import kz.iinportal.documents.UploadCheck;
import kz.iinportal.documents.UploadProblem;
import kz.iinportal.web.FormErrors;
import kz.iinportal.web.FormValues;

/**
 * A complaint as the filer sent it: the text (required, at most {@link Complaint#MAX_TEXT} characters) and the files
 * chosen, each checked by content exactly as an application's documents are ({@link UploadCheck}), at most
 * {@link UploadCheck#MAX_DOCUMENTS}. A file cannot be shown again after an error (browsers do not allow it), the
 * text always is.
 */
record ComplaintForm(String text, List<Attachment> attachments, Map<String, String> typed) {

    /** A file that passed the checks, with the format its content has. */
    record Attachment(String fileName, DocumentFormat format, byte[] content) {
    }

    static ComplaintForm empty() {
        return new ComplaintForm(null, List.of(), Map.of("text", ""));
    }

    static ComplaintForm read(String text, List<FileUpload> files, FormErrors errors) {
        String trimmed = FormValues.trim(text);
        if (trimmed == null) {
            errors.add("text", "complaint.error.text.required");
        } else if (trimmed.length() > Complaint.MAX_TEXT) {
            errors.add("text", "complaint.error.text.tooLong", Complaint.MAX_TEXT, trimmed.length());
        }
        return new ComplaintForm(trimmed, attachments(files, errors), Map.of("text", FormValues.orEmpty(text)));
    }

    /** The files chosen; a file input left empty arrives as a part without a name and without bytes, and is none. */
    private static List<Attachment> attachments(List<FileUpload> files, FormErrors errors) {
        List<FileUpload> chosen = files == null ? List.of()
                : files.stream()
                        .filter(f -> f != null && f.uploadedFile() != null
                                && !(f.size() == 0 && FormValues.trim(f.fileName()) == null))
                        .toList();
        if (chosen.size() > UploadCheck.MAX_DOCUMENTS) {
            errors.add("files", UploadProblem.TOO_MANY.messageKey());
            return List.of();
        }
        List<Attachment> accepted = new ArrayList<>();
        for (FileUpload file : chosen) {
            String name = SafeFileName.of(file.fileName());
            UploadProblem problem = UploadCheck.checkSize(file.size()).orElse(null);
            byte[] content = null;
            if (problem == null) {
                try {
                    content = Files.readAllBytes(file.uploadedFile());
                } catch (IOException unreadable) {
                    problem = UploadProblem.EMPTY;
                }
            }
            UploadCheck.Result result = problem == null ? UploadCheck.check(content) : null;
            if (result != null && !result.isAccepted()) {
                problem = result.problem();
            }
            if (problem != null) {
                errors.add("files", "complaint.error.file", name, errors.message(problem.messageKey()));
            } else {
                accepted.add(new Attachment(SafeFileName.of(file.fileName(), result.format()),
                        result.format(), content));
            }
        }
        return accepted;
    }

    void applyTo(Complaint complaint) {
        complaint.text = text;
    }
}
