/**
 * The main layout, the sign-in and error views and the small pieces every view shares (the sample-figures
 * notice, component texts): an interface of the base module that every feature's views use.
 */
@NamedInterface("ui")
package ma.marsad.base.ui;

import org.springframework.modulith.NamedInterface;
