package cz.planovna.strategy;

import cz.planovna.shared.format.CzechFormats;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/** What every section provider gets: the plan with its tree, texts and formats. */
record PlanDocumentInput(
        OrpView orp,
        PlanSummary plan,
        PlanTree tree,
        List<AmendmentView> amendments,
        Map<String, String> codeLabels,
        Map<Integer, String> municipalities,
        LocalDate generatedOn,
        MessageSource messages,
        Locale locale,
        CzechFormats fmt) {

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String label(String code) {
        return codeLabels.getOrDefault(code, code);
    }
}
