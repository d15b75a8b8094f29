package ma.marsad.forecast;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the forecast is made (docs/forecast.md).
 *
 * @param minimumQuarters  quarters with figures needed before a chance is given
 * @param halfLifeQuarters how fast old quarters weigh less: a quarter this many quarters back weighs half as much
 *                         as the latest (the backtest chose 2)
 * @param paths            simulated futures per indicator: 4,000 keep the chance within about a percent
 * @param seed             the random draws' seed: the same figures always give the same forecast
 */
@ConfigurationProperties("marsad.forecast")
public record ForecastProperties(@DefaultValue("6") int minimumQuarters, @DefaultValue("2") double halfLifeQuarters,
                                 @DefaultValue("4000") int paths, @DefaultValue("2030") long seed) {

    public ForecastProperties {
        if (minimumQuarters < 3 || !(halfLifeQuarters > 0) || paths < 100) {
            throw new IllegalArgumentException("marsad.forecast needs minimum-quarters >= 3, half-life-quarters > 0 and"
                    + " paths >= 100, got " + minimumQuarters + ", " + halfLifeQuarters + ", " + paths);
        }
    }
}
