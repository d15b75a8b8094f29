package ma.marsad.progress;

import ma.marsad.base.Quarter;

/** The indicator and quarter of a stored figure: what decides whose turn it is and whether it is locked. */
record EntryKey(long indicatorId, Quarter quarter) {
}
