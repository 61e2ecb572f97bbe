package cz.planovna.survey;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo profile: Domažlice's (ORP 3202) closed survey of municipalities with 40 generated
 * responses, and an open citizens' survey. Both are marked illustrative: the questions follow the
 * seeds, the answers are invented (fixed random seed, so every start shows the same figures).
 * Idempotent: a survey whose title exists in the ORP is left alone.
 */
@Component
@Profile("demo & !postgres")
@Order(46)
class SurveyDemoData implements ApplicationRunner {

    static final int DOMAZLICE = 3202;
    static final String MUNICIPALITIES = "Dotazník pro obce ORP Domažlice – potřeby sociálních služeb";
    static final String CITIZENS = "Dotazník pro občany – jaké služby vám v regionu chybějí";

    private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);

    private final SurveyRepository surveys;
    private final SurveyQuestionRepository questions;
    private final SurveyResponseRepository responses;
    private final SurveyAnswering answering;
    private final TerritoryQueries territory;
    private final TransactionTemplate tx;
    private final Clock clock;

    SurveyDemoData(
            SurveyRepository surveys,
            SurveyQuestionRepository questions,
            SurveyResponseRepository responses,
            SurveyAnswering answering,
            TerritoryQueries territory,
            TransactionTemplate tx,
            ObjectProvider<Clock> clock) {
        this.surveys = surveys;
        this.questions = questions;
        this.responses = responses;
        this.answering = answering;
        this.territory = territory;
        this.tx = tx;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void run(ApplicationArguments args) {
        TerritoryRef orp = territory.districtRef(DOMAZLICE).orElse(null);
        if (orp == null) {
            return;
        }
        tx.executeWithoutResult(s -> {
            if (!surveys.existsByDistrictCodeAndTitle(DOMAZLICE, MUNICIPALITIES)) {
                municipalities(orp);
            }
            if (!surveys.existsByDistrictCodeAndTitle(DOMAZLICE, CITIZENS)) {
                citizens(orp);
            }
        });
    }

    private void municipalities(TerritoryRef orp) {
        Instant now = clock.instant();
        Survey survey = surveys.save(new Survey(
                orp,
                new SurveySettings(
                        MUNICIPALITIES,
                        "Obracíme se na starosty obcí ORP Domažlice s prosbou o zhodnocení dostupnosti sociálních"
                                + " služeb ve vaší obci. Vyplnění zabere asi 10 minut.",
                        "Starostky a starostové obcí ORP Domažlice",
                        true,
                        now.minus(Duration.ofDays(60)),
                        now.minus(Duration.ofDays(30))),
                Tokens.fresh(),
                now));
        survey.markIllustrative();
        long id = survey.id();
        List<SurveyQuestion> q = new ArrayList<>();
        q.add(add(id, 1, section("Vaše obec")));
        q.add(add(
                id,
                2,
                spec(
                        QuestionKind.SINGLE,
                        "Kolik obyvatel má vaše obec?",
                        true,
                        List.of("do 500", "501–2 000", "2 001–5 000", "více než 5 000"),
                        List.of())));
        q.add(add(
                id,
                3,
                spec(QuestionKind.YES_NO, "Působí ve vaší obci terénní sociální služba?", true, List.of(), List.of())));
        q.add(add(
                id,
                4,
                new QuestionSpec(
                        QuestionKind.MULTIPLE,
                        "Které služby ve vaší obci působí?",
                        null,
                        false,
                        List.of(
                                "Pečovatelská služba",
                                "Osobní asistence",
                                "Odlehčovací služba",
                                "Sociálně aktivizační služby"),
                        List.of(),
                        null,
                        null,
                        q.get(2).id(),
                        0)));
        q.add(add(id, 5, section("Potřeby")));
        q.add(add(
                id,
                6,
                spec(
                        QuestionKind.MATRIX,
                        "Jak hodnotíte dostupnost služeb pro tyto skupiny?",
                        true,
                        List.of("Dostatečná", "Spíše dostatečná", "Spíše nedostatečná", "Nedostatečná"),
                        List.of(
                                "Senioři",
                                "Lidé se zdravotním postižením",
                                "Rodiny s dětmi",
                                "Lidé v sociální tísni"))));
        q.add(add(
                id,
                7,
                spec(
                        QuestionKind.RANKING,
                        "Seřaďte oblasti podle naléhavosti",
                        false,
                        List.of(
                                "Péče o seniory v domácnosti",
                                "Dostupné bydlení",
                                "Doprava k lékaři",
                                "Dluhové poradenství"),
                        List.of())));
        q.add(add(
                id,
                8,
                new QuestionSpec(
                        QuestionKind.NUMBER,
                        "Kolik občanů obce podle vás potřebuje pomoc s péčí?",
                        null,
                        false,
                        List.of(),
                        List.of(),
                        0,
                        5000,
                        null,
                        null)));
        q.add(add(
                id,
                9,
                spec(
                        QuestionKind.LONG_TEXT,
                        "Co by obci v sociální oblasti nejvíce pomohlo?",
                        false,
                        List.of(),
                        List.of())));
        List<QuestionDef> defs = new ArrayList<>();
        int number = 0;
        for (SurveyQuestion sq : q) {
            defs.add(sq.toDef(sq.toDef(0).kind().answerable() ? ++number : 0));
        }
        String[] ideas = {
            "Odlehčovací služba přímo v regionu, rodiny pečující o seniory nemají kam se obrátit.",
            "Dopravní služba k lékaři do Domažlic.",
            "Více terénních pracovníků pro malé obce.",
            "Dostupné nájemní byty pro seniory.",
            "Informace o službách na jednom místě."
        };
        Random random = new Random(3202);
        for (int r = 0; r < 40; r++) {
            SurveyResponse response =
                    responses.save(new SurveyResponse(id, null, null, now.minus(Duration.ofDays(45 - r / 2))));
            response.markIllustrative();
            List<AnswerValue> values = new ArrayList<>();
            values.add(AnswerValue.choice(defs.get(1).id(), 0, weighted(random, 45, 35, 15, 5)));
            boolean field = random.nextInt(100) < 70;
            values.add(AnswerValue.choice(defs.get(2).id(), 0, field ? 0 : 1));
            if (field) {
                for (int o = 0; o < 4; o++) {
                    if (random.nextInt(100) < new int[] {80, 30, 15, 25}[o]) {
                        values.add(AnswerValue.choice(defs.get(3).id(), 0, o));
                    }
                }
            }
            for (int row = 0; row < 4; row++) {
                values.add(AnswerValue.choice(defs.get(5).id(), row, weighted(random, 15, 30, 35, 20)));
            }
            if (random.nextInt(100) < 80) {
                List<Integer> ranks = new ArrayList<>(List.of(1, 2, 3, 4));
                java.util.Collections.shuffle(ranks, random);
                for (int o = 0; o < 4; o++) {
                    values.add(AnswerValue.choice(defs.get(6).id(), o, ranks.get(o)));
                }
            }
            values.add(AnswerValue.number(defs.get(7).id(), BigDecimal.valueOf(2 + random.nextInt(40))));
            if (random.nextInt(100) < 40) {
                values.add(AnswerValue.text(defs.get(8).id(), ideas[random.nextInt(ideas.length)]));
            }
            answering.replaceAnswers(id, response.id(), values);
            response.submit(now.minus(Duration.ofDays(44 - r / 2)));
        }
        survey.moveTo(SurveyState.CLOSED, now);
        log.info("Demo survey of municipalities of ORP {} with 40 illustrative responses", DOMAZLICE);
    }

    private void citizens(TerritoryRef orp) {
        Instant now = clock.instant();
        Survey survey = surveys.save(new Survey(
                orp,
                new SurveySettings(
                        CITIZENS,
                        "Pomozte nám zjistit, jaké sociální služby lidem v regionu chybějí. Dotazník je anonymní.",
                        "Občané ORP Domažlice",
                        true,
                        now.minus(Duration.ofDays(3)),
                        now.plus(Duration.ofDays(40))),
                Tokens.fresh(),
                now));
        survey.markIllustrative();
        long id = survey.id();
        add(
                id,
                1,
                spec(
                        QuestionKind.SINGLE,
                        "Kolik je vám let?",
                        true,
                        List.of("do 30", "30–49", "50–64", "65–79", "80 a více"),
                        List.of()));
        SurveyQuestion cares =
                add(id, 2, spec(QuestionKind.YES_NO, "Pečujete o blízkého člověka?", true, List.of(), List.of()));
        add(
                id,
                3,
                new QuestionSpec(
                        QuestionKind.MULTIPLE,
                        "S čím byste při péči potřebovali pomoct?",
                        null,
                        false,
                        List.of(
                                "Odlehčení – abych si mohl(a) odpočinout",
                                "Pomoc v domácnosti",
                                "Poradenství",
                                "Kompenzační pomůcky"),
                        List.of(),
                        null,
                        null,
                        cares.id(),
                        0));
        add(
                id,
                4,
                spec(
                        QuestionKind.MATRIX,
                        "Jak jste spokojeni s dostupností",
                        false,
                        List.of("Spokojen(a)", "Spíše spokojen(a)", "Spíše nespokojen(a)", "Nespokojen(a)"),
                        List.of("informací o sociálních službách", "dopravy k lékaři")));
        add(id, 5, spec(QuestionKind.SHORT_TEXT, "Ve které obci žijete?", false, List.of(), List.of()));
        add(id, 6, spec(QuestionKind.LONG_TEXT, "Co byste vzkázali plánovací skupině?", false, List.of(), List.of()));
        survey.moveTo(SurveyState.OPEN, now);
        log.info("Demo open citizens' survey of ORP {}", DOMAZLICE);
    }

    private SurveyQuestion add(long surveyId, int position, QuestionSpec spec) {
        return questions.save(new SurveyQuestion(surveyId, position, spec));
    }

    private static QuestionSpec section(String title) {
        return new QuestionSpec(QuestionKind.SECTION, title, null, false, List.of(), List.of(), null, null, null, null);
    }

    private static QuestionSpec spec(
            QuestionKind kind, String text, boolean required, List<String> options, List<String> rows) {
        return new QuestionSpec(kind, text, null, required, options, rows, null, null, null, null);
    }

    private static int weighted(Random random, int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
