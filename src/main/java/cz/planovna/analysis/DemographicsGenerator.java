package cz.planovna.analysis;

import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.DistrictDetail;
import cz.planovna.territory.MunicipalityView;
import cz.planovna.territory.TerritoryQueries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.stereotype.Service;

/**
 * Writes plausible, entirely invented population figures for the obce of ORP in ČSÚ's long CSV
 * format (five-year bands, men and women, 31 December of each year), deterministic for a seed, so
 * that demos and benchmarks use the same path as real files. The age structure starts from roughly
 * the Czech one of 2019 and ages year by year (fewer children, more people aged 65+ and especially
 * 80+); towns are larger than villages, villages a little older. Imported as synthetic data.
 */
@Service
public class DemographicsGenerator {

    static final String HEADER = "\"idhod\",\"hodnota\",\"stapro_kod\",\"pohlavi_cis\",\"pohlavi_kod\",\"vek_cis\","
            + "\"vek_kod\",\"vuzemi_cis\",\"vuzemi_kod\",\"casref_do\",\"pohlavi_txt\",\"vek_txt\",\"vuzemi_txt\"";

    /** Share of each five-year band (0–4 … 85+) in per cent, close to the Czech population of 2019. */
    static final double[] BASE_SHARES = {
        5.2, 5.3, 5.0, 4.6, 4.8, 5.8, 6.4, 7.2, 8.5, 7.8, 6.6, 6.2, 6.5, 6.6, 5.6, 3.7, 2.3, 1.9
    };

    /** Share of women in each band. */
    static final double[] WOMEN = {
        0.487, 0.487, 0.487, 0.487, 0.488, 0.488, 0.489, 0.49, 0.49, 0.492, 0.495, 0.5, 0.51, 0.525, 0.545, 0.57, 0.62,
        0.7
    };

    static final int BASE_YEAR = 2019;

    private final TerritoryQueries territory;

    DemographicsGenerator(TerritoryQueries territory) {
        this.territory = territory;
    }

    /** Figures for every obec of the ORP for the years {@code fromYear}–{@code toYear}. */
    public void writeDistrict(Writer out, int districtCode, int fromYear, int toYear, long seed) {
        DistrictDetail district =
                territory.district(districtCode).orElseThrow(() -> new NotFoundException("ORP " + districtCode));
        write(out, district.municipalities(), district.seatName(), fromYear, toYear, seed);
    }

    static void write(Writer out, List<MunicipalityView> obce, String seatName, int fromYear, int toYear, long seed) {
        try {
            out.write(HEADER);
            out.write('\n');
            long id = 1;
            for (MunicipalityView obec : obce) {
                Random params = new Random(seed * 1_000_003L + obec.code());
                double size = size(obec, seatName, params);
                double growth = -0.006 + params.nextDouble() * 0.014;
                double older = 1 + params.nextGaussian() * 0.12 + (obec.type().equals("Obec") ? 0.08 : 0);
                double younger = 1 + params.nextGaussian() * 0.08;
                for (int year = fromYear; year <= toYear; year++) {
                    Random noise = new Random(seed * 7_919L + obec.code() * 31L + year);
                    double population = size * Math.pow(1 + growth, year - BASE_YEAR);
                    double[] weights = weights(year, older, younger);
                    for (Sex sex : Sex.values()) {
                        for (int band = 0; band < AgeBand.BANDS; band++) {
                            double women = WOMEN[band];
                            double share = sex == Sex.WOMEN ? women : 1 - women;
                            double expected = population * weights[band] * share;
                            long persons = Math.max(0, Math.round(expected * (1 + noise.nextGaussian() * 0.04)));
                            AgeBand age = band == AgeBand.BANDS - 1
                                    ? new AgeBand(85, null)
                                    : new AgeBand(band * 5, band * 5 + 4);
                            out.write(id++ + "," + persons + ",\"4355\",\"102\",\"" + sex.code() + "\",\"1\",\""
                                    + age.csuCode() + "\",\"43\",\"" + obec.code() + "\",\"" + year + "-12-31\",\""
                                    + sex.csuText() + "\",\"" + age.csuText() + "\",\"" + quote(obec.name()) + "\"\n");
                        }
                    }
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Band weights (summing to 1) of a year: children fewer, 65+ more and 80+ much more each year. */
    static double[] weights(int year, double older, double younger) {
        int t = year - BASE_YEAR;
        double[] w = new double[AgeBand.BANDS];
        double sum = 0;
        for (int band = 0; band < AgeBand.BANDS; band++) {
            double trend;
            double local;
            if (band < 3) {
                trend = Math.pow(0.993, t);
                local = younger;
            } else if (band < 13) {
                trend = Math.pow(0.997, t);
                local = 1;
            } else if (band < 16) {
                trend = Math.pow(1.012, t);
                local = older;
            } else {
                trend = Math.pow(1.04, t);
                local = older;
            }
            w[band] = BASE_SHARES[band] * trend * Math.max(0.5, local);
            sum += w[band];
        }
        for (int band = 0; band < AgeBand.BANDS; band++) {
            w[band] /= sum;
        }
        return w;
    }

    private static double size(MunicipalityView obec, String seatName, Random random) {
        String type = obec.type().toLowerCase(Locale.ROOT);
        double low;
        double high;
        if (obec.name().equals(seatName)) {
            low = 6_000;
            high = 30_000;
        } else if (type.contains("měst") && !type.contains("městys")) {
            low = 1_500;
            high = 6_000;
        } else if (type.contains("městys")) {
            low = 600;
            high = 2_000;
        } else {
            low = 80;
            high = 1_200;
        }
        return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
    }

    private static String quote(String value) {
        return value.replace("\"", "\"\"");
    }
}
