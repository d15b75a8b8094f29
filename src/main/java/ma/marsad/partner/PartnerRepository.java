package ma.marsad.partner;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRepository extends JpaRepository<Partner, Long> {

    List<Partner> findAllByOrderByIdAsc();

    Optional<Partner> findByCode(String code);
}
