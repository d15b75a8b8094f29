package ma.marsad.partner;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    List<Agreement> findAllByOrderByIdAsc();

    Optional<Agreement> findByCode(String code);
}
