package ma.marsad.indicator;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByCode(String code);

    List<Indicator> findAllByOrderByIdAsc();

    boolean existsByCode(String code);
}
