package ma.marsad.indicator;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);

    /** With their milestones in the same statement: one select however many indicators there are. */
    @Query("select distinct i from Indicator i left join fetch i.milestones order by i.id")
    List<Indicator> findAllByOrderByIdAsc();

    boolean existsByCode(String code);

    /** Reads the indicator and holds its row until the transaction ends: two edits of it take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Indicator i where i.id = :id")
    Optional<Indicator> findForUpdate(long id);
}
