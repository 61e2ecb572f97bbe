package cz.planovna.strategy;

import java.util.List;

/**
 * One part of the plan document. Every Spring bean of this type contributes its chapters, in the
 * order of {@link #order()}; further parts (action plan, project pipeline, SWOT, findings) plug in
 * as new beans without touching the generator. Called on the generating thread with the security
 * context of the coordinator who asked for the document.
 */
interface PlanDocumentSection {

    /** Chapters are sorted by this; the built-in ones use 100, 200, … leaving room between. */
    int order();

    /** The chapters of this part; a part without data says so in a sentence (never empty). */
    List<PlanDocumentModel.Section> chapters(PlanDocumentInput input);
}
