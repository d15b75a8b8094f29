package ma.marsad.excelimport;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRecordRepository extends JpaRepository<ImportRecord, Long> {

    List<ImportRecord> findByOrderByUploadedAtDescIdDesc(Limit limit);
}
