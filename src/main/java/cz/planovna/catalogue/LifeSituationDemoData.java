package cz.planovna.catalogue;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: the three life situations the seed catalogues answer ("Jsem sám/sama a potřebuji
 * pomoc", "Máme dluhy", "Nemám co jíst") for Písek and Blatná, linked to register service types and
 * target groups. Idempotent: an ORP with any situation is left alone.
 */
@Component
@Profile("demo & !postgres")
@Order(41)
class LifeSituationDemoData implements ApplicationRunner {

    static final List<Integer> DISTRICTS = List.of(3108, 3101);

    private static final Logger log = LoggerFactory.getLogger(LifeSituationDemoData.class);

    private final LifeSituations situations;
    private final LifeSituationRepository repository;
    private final TerritoryQueries territory;

    LifeSituationDemoData(LifeSituations situations, LifeSituationRepository repository, TerritoryQueries territory) {
        this.situations = situations;
        this.repository = repository;
        this.territory = territory;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (int code : DISTRICTS) {
            TerritoryRef orp = territory.districtRef(code).orElse(null);
            if (orp == null || repository.existsByDistrictCode(code)) {
                continue;
            }
            String town = situations.districtName(code).orElse("");
            for (LifeSituationContent content : contents(town)) {
                situations.create(code, orp.regionCode(), content);
            }
            log.info("Demo data: life situations of ORP {}", town);
        }
    }

    static List<LifeSituationContent> contents(String town) {
        return List.of(
                new LifeSituationContent(
                        "Jsem sám/sama a potřebuji pomoc",
                        "Obraťte se na sociální odbor Městského úřadu " + town
                                + ". Sociální pracovnice s vámi probere, s čím potřebujete pomoci, a doporučí"
                                + " vhodnou službu.\n\n"
                                + "Doma vám může pomáhat pečovatelská služba nebo osobní asistence; tísňová péče"
                                + " přivolá pomoc, když se něco stane. Ukázkový text.",
                        10,
                        List.of(
                                "DruhSocialniSluzby/1",
                                "DruhSocialniSluzby/3",
                                "DruhSocialniSluzby/4",
                                "DruhSocialniSluzby/5"),
                        List.of("CilovaSkupinaOsoby/24", "CilovaSkupinaOsoby/17")),
                new LifeSituationContent(
                        "Máme dluhy",
                        "Neodkládejte to: čím dříve začnete dluhy řešit, tím více možností máte. Bezplatně"
                                + " poradí odborné sociální poradenství – pomůže sestavit rozpočet, jednat s"
                                + " věřiteli a posoudit, zda je možné oddlužení.\n\n"
                                + "Rodinám s dětmi pomohou sociálně aktivizační služby. Ukázkový text.",
                        20,
                        List.of("DruhSocialniSluzby/2", "DruhSocialniSluzby/29", "DruhSocialniSluzby/33"),
                        List.of("CilovaSkupinaOsoby/19")),
                new LifeSituationContent(
                        "Nemám co jíst",
                        "V akutní nouzi pomohou nízkoprahová denní centra, noclehárny a azylové domy, které"
                                + " spolupracují s potravinovou bankou. Krizová pomoc je k dispozici i mimo"
                                + " úřední hodiny.\n\n"
                                + "O mimořádnou okamžitou pomoc lze požádat na úřadu práce. Ukázkový text.",
                        30,
                        List.of(
                                "DruhSocialniSluzby/23",
                                "DruhSocialniSluzby/25",
                                "DruhSocialniSluzby/20",
                                "DruhSocialniSluzby/27"),
                        List.of("CilovaSkupinaOsoby/19")));
    }
}
