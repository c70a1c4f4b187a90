package dev.cleanclaim.app.web.page;

import java.util.List;

/**
 * The client's HSA/FSA papers page: the letters of medical necessity on file, a new letter, and the superbill for a
 * period.
 */
public record NecessityLetterView(long patientId, String name, List<LetterRow> letters, FormState letterForm,
                                  FormState superbillForm) {
}
