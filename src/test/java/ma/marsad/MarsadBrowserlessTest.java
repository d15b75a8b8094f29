package ma.marsad;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;

/** Views without a browser, in the shared test context (see {@link MarsadSpringTest} for why one). */
@MarsadSpringTest
@ViewPackages(packages = "ma.marsad")
public abstract class MarsadBrowserlessTest extends SpringBrowserlessTest {
}
