package ma.marsad.chart;

import java.util.ArrayList;
import java.util.List;

import org.mockito.MockedStatic;
import org.mockito.Mockito;

import ma.marsad.progress.IndicatorProgress;

/**
 * Watches the charts drawn on this thread while open: a spy on {@link ProgressChartFactory}, through which
 * {@link ChartService} builds every chart it draws (a cache miss), and which a cache hit never reaches. Each chart
 * is still drawn for real; the spy only notes whose it was.
 */
final class ChartsDrawn implements AutoCloseable {

    private final List<String> indicatorCodes = new ArrayList<>();
    private final MockedStatic<ProgressChartFactory> factory;

    ChartsDrawn() {
        factory = Mockito.mockStatic(ProgressChartFactory.class, call -> {
            // Every chart is built by the three-argument create (the two-argument one hands over to it).
            if (call.getMethod().getName().equals("create") && call.getArguments().length == 3) {
                indicatorCodes.add(call.<IndicatorProgress>getArgument(0).indicator().code());
            }
            return call.callRealMethod();
        });
    }

    /** The codes of the indicators whose charts were drawn, in order, once per chart. */
    List<String> indicatorCodes() {
        return List.copyOf(indicatorCodes);
    }

    int count() {
        return indicatorCodes.size();
    }

    @Override
    public void close() {
        factory.close();
    }
}
