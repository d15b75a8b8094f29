package ma.marsad.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProgressEntryRepository extends JpaRepository<ProgressEntry, Long> {

    @Query("select new ma.marsad.progress.FigureRow(e.indicatorId, e.quarter, e.region, e.amount, e.origin)"
            + " from ProgressEntry e")
    List<FigureRow> findAllFigures();

    boolean existsByOrigin(EntryOrigin origin);

    @Modifying
    @Query("delete from ProgressEntry e where e.origin = :origin")
    int deleteByOrigin(EntryOrigin origin);
}
