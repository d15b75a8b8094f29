package ma.marsad.dashboard;

import java.time.LocalDate;

/**
 * The latest change of an indicator's target, as the dashboard mentions it.
 *
 * @param on     the day it changed, in Morocco
 * @param before the target before, in plain digits
 */
public record TargetChange(LocalDate on, String before, String after) {
}
