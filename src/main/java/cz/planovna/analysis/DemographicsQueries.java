package cz.planovna.analysis;

import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.DistrictDetail;
import cz.planovna.territory.MunicipalityView;
import cz.planovna.territory.TerritoryQueries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demographic statistics of an ORP computed from the stored figures. Public data: no permission
 * needed. When a year has several reference dates, the latest counts.
 */
@Service
@Transactional(readOnly = true)
public class DemographicsQueries {

    private final PopulationStore store;
    private final TerritoryQueries territory;

    DemographicsQueries(PopulationStore store, TerritoryQueries territory) {
        this.store = store;
        this.territory = territory;
    }

    /** @param year the year to show; the latest with data when null or without data */
    public DemographicsReport report(int districtCode, Integer year, ObecSort sort, int page) {
        DistrictDetail district =
                territory.district(districtCode).orElseThrow(() -> new NotFoundException("ORP " + districtCode));
        List<PopulationStore.Row> rows = store.ofDistrict(districtCode);
        return compute(district, rows, year, sort, page, ObecPage.SIZE);
    }

    /** Everything for the export: the whole table of obce in the given order. */
    public DemographicsReport fullReport(int districtCode, Integer year, ObecSort sort) {
        DistrictDetail district =
                territory.district(districtCode).orElseThrow(() -> new NotFoundException("ORP " + districtCode));
        return compute(district, store.ofDistrict(districtCode), year, sort, 1, Integer.MAX_VALUE);
    }

    static DemographicsReport compute(
            DistrictDetail district, List<PopulationStore.Row> rows, Integer year, ObecSort sort, int page, int size) {
        // the latest reference date of each year
        TreeMap<Integer, LocalDate> dates = new TreeMap<>();
        boolean synthetic = false;
        for (PopulationStore.Row r : rows) {
            dates.merge(r.refDate().getYear(), r.refDate(), (a, b) -> a.isAfter(b) ? a : b);
            synthetic |= r.synthetic();
        }
        Map<LocalDate, long[][]> perDate = new HashMap<>();
        Map<LocalDate, Map<Integer, long[][]>> perObec = new HashMap<>();
        for (PopulationStore.Row r : rows) {
            if (!r.refDate().equals(dates.get(r.refDate().getYear()))) {
                continue;
            }
            int band = new AgeBand(r.ageFrom(), r.ageTo()).pyramidBand();
            int sex = r.sex() - 1;
            perDate.computeIfAbsent(r.refDate(), d -> new long[2][AgeBand.BANDS])[sex][band] += r.persons();
            perObec.computeIfAbsent(r.refDate(), d -> new HashMap<>())
                            .computeIfAbsent(r.municipality(), m -> new long[2][AgeBand.BANDS])[sex][band] +=
                    r.persons();
        }
        List<YearSummary> trend = dates.values().stream()
                .map(d -> YearSummary.of(d, perDate.get(d)[0], perDate.get(d)[1]))
                .toList();
        List<Integer> years = List.copyOf(dates.keySet());
        List<MunicipalityView> municipalities = district.municipalities();
        var summary = district.district();
        if (dates.isEmpty()) {
            return new DemographicsReport(
                    summary.code(),
                    summary.name(),
                    summary.regionCode(),
                    summary.regionName(),
                    false,
                    years,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    new ObecPage(List.of(), 1, 1, 0, sort),
                    municipalities.size());
        }
        int shown = year != null && dates.containsKey(year) ? year : dates.lastKey();
        LocalDate date = dates.get(shown);
        long[][] bands = perDate.get(date);
        YearSummary current = YearSummary.of(date, bands[0], bands[1]);
        List<PyramidBand> pyramid = new ArrayList<>();
        for (int i = 0; i < AgeBand.BANDS; i++) {
            pyramid.add(new PyramidBand(PyramidBand.label(i), bands[0][i], bands[1][i]));
        }
        List<ProjectionPoint> projection = Projection.of(trend);
        Map<Integer, String> names =
                municipalities.stream().collect(Collectors.toMap(MunicipalityView::code, MunicipalityView::name));
        List<ObecRow> obce = perObec.get(date).entrySet().stream()
                .map(e -> new ObecRow(
                        e.getKey(),
                        names.getOrDefault(e.getKey(), String.valueOf(e.getKey())),
                        YearSummary.of(date, e.getValue()[0], e.getValue()[1])))
                .sorted(sort.comparator())
                .toList();
        int pages = Math.max(1, (obce.size() + size - 1) / size);
        int p = Math.min(Math.max(1, page), pages);
        List<ObecRow> pageRows = obce.subList(
                (int) Math.min((long) (p - 1) * size, obce.size()), (int) Math.min((long) p * size, obce.size()));
        return new DemographicsReport(
                summary.code(),
                summary.name(),
                summary.regionCode(),
                summary.regionName(),
                synthetic,
                years,
                current,
                pyramid,
                trend,
                projection,
                PyramidChart.of(pyramid),
                TrendChart.of(trend, projection),
                new ObecPage(pageRows, p, pages, obce.size(), sort),
                Math.max(0, municipalities.size() - obce.size()));
    }
}
