package ma.marsad.partner;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findAllByOrderByDateAscIdAsc();

    List<Evidence> findByCommitmentIdOrderByDateDescIdDesc(long commitmentId);
}
