package ma.marsad.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProgressEntryRepository extends JpaRepository<ProgressEntry, Long> {

    List<ProgressEntry> findByIndicatorIdAndQuarterOrderByRegion(long indicatorId, ma.marsad.base.Quarter quarter);

    java.util.Optional<ProgressEntry> findByIndicatorIdAndQuarterAndRegion(long indicatorId, ma.marsad.base.Quarter quarter,
                                                                           ma.marsad.base.Region region);

    /** The figures from {@code from} to {@code to}, both included (quarter codes sort in time order). */
    List<ProgressEntry> findByQuarterBetween(ma.marsad.base.Quarter from, ma.marsad.base.Quarter to);

    List<ProgressEntry> findByStatusIn(java.util.Collection<EntryStatus> statuses);

    /** Which indicator and quarter a figure belongs to, without loading (and caching) the figure itself. */
    @Query("select new ma.marsad.progress.EntryKey(e.indicatorId, e.quarter) from ProgressEntry e where e.id = :id")
    java.util.Optional<EntryKey> findKey(long id);

    boolean existsByOrigin(EntryOrigin origin);

    @Modifying
    @Query("delete from ProgressEntry e where e.origin = :origin")
    int deleteByOrigin(EntryOrigin origin);
}
