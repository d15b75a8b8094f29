package ma.marsad.partner;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findAllByOrderByIdAsc();

    boolean existsByCode(String code);

    /** Two managers reviewing one commitment take turns: the second sees the first's review. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Commitment c where c.id = :id")
    Optional<Commitment> findForUpdate(long id);
}
