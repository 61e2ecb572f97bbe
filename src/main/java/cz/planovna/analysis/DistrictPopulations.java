package cz.planovna.analysis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The population of each ORP as the service network analysis counts it: the sum over its obce with
 * figures, each at its latest reference date (all ages). Public data, like the analysis.
 */
@Service
@Transactional(readOnly = true)
public class DistrictPopulations {

    /**
     * @param obce how many obce of the ORP have figures
     * @param refDate the latest reference date among them
     * @param synthetic some figures are synthetic (demo)
     */
    public record DistrictPopulation(int districtCode, long persons, int obce, LocalDate refDate, boolean synthetic) {}

    private final NetworkPopulation population;

    DistrictPopulations(NetworkPopulation population) {
        this.population = population;
    }

    /** ORP code → its population; an ORP without figures is missing. */
    public Map<Integer, DistrictPopulation> latest() {
        Map<Integer, DistrictPopulation> result = new HashMap<>();
        for (ObecPopulation p : population.latest().values()) {
            result.merge(
                    p.district(),
                    new DistrictPopulation(p.district(), p.of(AgeGroup.ALL), 1, p.refDate(), p.synthetic()),
                    (a, b) -> new DistrictPopulation(
                            a.districtCode(),
                            a.persons() + b.persons(),
                            a.obce() + b.obce(),
                            a.refDate().isAfter(b.refDate()) ? a.refDate() : b.refDate(),
                            a.synthetic() || b.synthetic()));
        }
        return result;
    }
}
