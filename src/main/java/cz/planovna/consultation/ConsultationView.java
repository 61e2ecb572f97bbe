package cz.planovna.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A consultation as pages show it, with its outline and the number of comments. */
public record ConsultationView(
        long id,
        int districtCode,
        DocumentKind documentKind,
        long documentId,
        long planId,
        String documentTitle,
        String title,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean anonymousAllowed,
        String intro,
        String consentText,
        ConsultationState state,
        long commentCount,
        List<SectionView> sections,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant settlementPublishedAt,
        long version) {

    public boolean open() {
        return state == ConsultationState.OPEN;
    }

    /** The intro split into paragraphs at blank lines (plain text; never markup). */
    public List<String> introParagraphs() {
        return Paragraphs.of(intro);
    }

    public SectionView section(Long nodeId) {
        return nodeId == null
                ? null
                : sections.stream()
                        .filter(s -> s.nodeId() == nodeId)
                        .findFirst()
                        .orElse(null);
    }
}
