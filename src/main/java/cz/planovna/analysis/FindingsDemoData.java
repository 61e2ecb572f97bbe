package cz.planovna.analysis;

import cz.planovna.identity.UserAdministration;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo needs analysis of Písek (illustrative): three interview records, eight findings and the SWOT
 * "Senioři a osoby se zdravotním postižením" the Písek seed mentions, with twelve items ranked by
 * the demo coordinator and group member. Runs after the strategy demo (the plan's measures cite
 * some findings, see strategy's JustificationDemoData); left alone when Písek has findings.
 */
@Component
@Profile("demo & !postgres")
@Order(54)
class FindingsDemoData implements ApplicationRunner {

    static final int PISEK = 3108;
    static final String SWOT_NAME = "Senioři a osoby se zdravotním postižením";
    private static final String SENIORS = "CilovaSkupinaOsoby/24";
    private static final String DISABLED = "CilovaSkupinaOsoby/17";
    private static final String CARERS = "CilovaSkupinaOsoby/26";
    private static final String CRISIS = "CilovaSkupinaOsoby/19";
    private static final String DEMENTIA = "CilovaSkupinaOsoby/30";

    private static final Logger log = LoggerFactory.getLogger(FindingsDemoData.class);

    private final InterviewRepository interviews;
    private final FindingRepository findings;
    private final SwotRepository swots;
    private final SwotItemRepository items;
    private final SwotVoteRepository votes;
    private final FindingsAuditRepository audit;
    private final TerritoryQueries territory;
    private final UserAdministration users;
    private final TransactionTemplate tx;

    FindingsDemoData(
            InterviewRepository interviews,
            FindingRepository findings,
            SwotRepository swots,
            SwotItemRepository items,
            SwotVoteRepository votes,
            FindingsAuditRepository audit,
            TerritoryQueries territory,
            UserAdministration users,
            TransactionTemplate tx) {
        this.interviews = interviews;
        this.findings = findings;
        this.swots = swots;
        this.items = items;
        this.votes = votes;
        this.audit = audit;
        this.territory = territory;
        this.users = users;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!findings.findByDistrictCode(PISEK).isEmpty()) {
            return;
        }
        TerritoryRef orp = territory.districtRef(PISEK).orElse(null);
        if (orp == null) {
            return;
        }
        tx.executeWithoutResult(s -> pisek(orp));
        log.info("Demo: interviews, findings and a SWOT of Písek (illustrative)");
    }

    private void pisek(TerritoryRef orp) {
        Instant now = Instant.now();
        Interview mayors = interviews.save(new Interview(
                orp,
                new InterviewContent(
                        InterviewKind.FOCUS_GROUP,
                        LocalDate.of(2022, 9, 14),
                        "Potřeby menších obcí (ilustrativní)",
                        "starostové a starostky 6 obcí Písecka, sociální pracovnice MěÚ Písek",
                        8,
                        null,
                        null,
                        "Obce popisují, že senioři v menších obcích zůstávají doma bez pomoci: pečovatelská služba"
                                + " zajíždí jen ve všední dny a dopoledne, o víkendu nikdo. Chybí doprava k lékaři a na"
                                + " úřady. Pečující rodiny nevědí, na koho se obrátit. (Ilustrativní záznam.)"),
                now));
        Interview providers = interviews.save(new Interview(
                orp,
                new InterviewContent(
                        InterviewKind.INTERVIEW,
                        LocalDate.of(2022, 10, 3),
                        "Kapacity pobytových služeb (ilustrativní)",
                        "ředitelka domova pro seniory, vedoucí odlehčovací služby",
                        2,
                        null,
                        null,
                        "Pořadník domova pro seniory má přes 200 žadatelů, z toho asi třetina s demencí."
                                + " Odlehčovací služba odmítá každého druhého zájemce. Personál je těžké sehnat."
                                + " (Ilustrativní záznam.)"),
                now));
        Interview users = interviews.save(new Interview(
                orp,
                new InterviewContent(
                        InterviewKind.WORKSHOP,
                        LocalDate.of(2022, 11, 22),
                        "Setkání s pečujícími a uživateli služeb (ilustrativní)",
                        "pečující osoby, uživatelé terénních služeb, zástupci 2 poskytovatelů",
                        14,
                        null,
                        null,
                        "Pečující potřebují krátkodobý odpočinek, poradenství a informace na jednom místě."
                                + " Uživatelé chválí osobní přístup pracovníků terénních služeb. (Ilustrativní záznam.)"),
                now));

        int n = 1;
        finding(
                orp,
                n++,
                "Senioři v menších obcích nemají pečovatelskou službu o víkendech a odpoledne.",
                SENIORS,
                FindingSource.INTERVIEW,
                mayors,
                null,
                Importance.HIGH,
                FindingStatus.CONFIRMED,
                now);
        finding(
                orp,
                n++,
                "Chybí doprava seniorů a lidí se zdravotním postižením k lékaři a na úřady.",
                DISABLED,
                FindingSource.INTERVIEW,
                mayors,
                null,
                Importance.MEDIUM,
                FindingStatus.CONFIRMED,
                now);
        finding(
                orp,
                n++,
                "Kapacita domova pro seniory nestačí; pořadník má přes 200 žadatelů.",
                SENIORS,
                FindingSource.INTERVIEW,
                providers,
                null,
                Importance.HIGH,
                FindingStatus.CONFIRMED,
                now);
        finding(
                orp,
                n++,
                "Odlehčovací služba odmítá asi polovinu zájemců.",
                CARERS,
                FindingSource.INTERVIEW,
                providers,
                null,
                Importance.HIGH,
                FindingStatus.NEW,
                now);
        finding(
                orp,
                n++,
                "Pečující rodiny nevědí, kde hledat pomoc; chybí informace na jednom místě.",
                CARERS,
                FindingSource.INTERVIEW,
                users,
                null,
                Importance.MEDIUM,
                FindingStatus.NEW,
                now);
        finding(
                orp,
                n++,
                "Počet obyvatel nad 80 let do roku 2030 vzroste asi o čtvrtinu.",
                SENIORS,
                FindingSource.DEMOGRAPHICS,
                null,
                "Sociodemografická analýza ORP Písek 2022",
                Importance.HIGH,
                FindingStatus.CONFIRMED,
                now);
        finding(
                orp,
                n++,
                "Lidé s demencí a jejich rodiny nemají specializovanou poradnu.",
                DEMENTIA,
                FindingSource.SURVEY,
                null,
                "Dotazník pro pečující 2022",
                Importance.MEDIUM,
                FindingStatus.NEW,
                now);
        finding(
                orp,
                n,
                "Krizová pomoc mimo úřední hodiny je dostupná jen telefonicky.",
                CRISIS,
                FindingSource.OTHER,
                null,
                "Zpráva sociálního odboru MěÚ 2021",
                Importance.LOW,
                FindingStatus.NEW,
                now);

        Swot swot = swots.save(new Swot(orp, SWOT_NAME, null, null, now));
        List<SwotItem> all = new ArrayList<>();
        for (String[] item : new String[][] {
            {"STRENGTH", "Stabilní síť terénních služeb ve městě Písek"},
            {"STRENGTH", "Osobní přístup pracovníků a dobrá spolupráce poskytovatelů"},
            {"STRENGTH", "Podpora města a obcí pro pečovatelskou službu"},
            {"WEAKNESS", "Pečovatelská služba v menších obcích jen ve všední dny"},
            {"WEAKNESS", "Dlouhý pořadník domova pro seniory"},
            {"WEAKNESS", "Nedostatek odlehčovacích služeb pro pečující"},
            {"OPPORTUNITY", "Dotace Jihočeského kraje a ESF+ na rozvoj terénních služeb"},
            {"OPPORTUNITY", "Spolupráce obcí na společné dopravě pro seniory"},
            {"OPPORTUNITY", "Dobrovolnické programy a sousedská výpomoc"},
            {"THREAT", "Nedostatek pracovníků v sociálních službách"},
            {"THREAT", "Stárnutí obyvatel rychlejší než růst kapacit"},
            {"THREAT", "Nejisté financování služeb v dalších letech"}
        }) {
            all.add(items.save(new SwotItem(swot.id(), Quadrant.valueOf(item[0]), item[1], now)));
        }
        // two demo members ranked the items (scores chosen by hand; averages shown on the page)
        int[] coordinator = {5, 4, 3, 5, 4, 5, 4, 3, 2, 5, 4, 3};
        int[] member = {4, 5, 3, 5, 5, 3, 5, 2, 3, 4, 5, 2};
        vote(all, "koordinator.pisek@planovna.cz", coordinator, now);
        vote(all, "clen.pisek@planovna.cz", member, now);
        audit.save(new FindingsAuditEntry(PISEK, now, "Plánovna (demo)", "swot.created", SWOT_NAME));
    }

    private void vote(List<SwotItem> all, String email, int[] scores, Instant now) {
        users.findIdByEmail(email).ifPresent(id -> {
            for (int i = 0; i < all.size(); i++) {
                votes.save(new SwotVote(all.get(i).id(), id, scores[i], now));
            }
        });
    }

    private void finding(
            TerritoryRef orp,
            int number,
            String statement,
            String group,
            FindingSource source,
            Interview interview,
            String note,
            Importance importance,
            FindingStatus status,
            Instant now) {
        findings.save(new Finding(
                orp,
                number,
                new FindingContent(
                        statement, group, source, interview == null ? null : interview.id(), note, importance, status),
                now));
    }
}
