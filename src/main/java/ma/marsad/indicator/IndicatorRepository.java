package ma.marsad.indicator;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);

    List<Indicator> findAllByOrderByIdAsc();

    boolean existsByCode(String code);

    /** Reads the indicator and holds its row until the transaction ends: two edits of it take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Indicator i where i.id = :id")
    Optional<Indicator> findForUpdate(long id);
}
