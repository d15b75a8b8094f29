package ma.marsad.indicator;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the targets; the only way other features see indicators. */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final IndicatorRepository repository;

    IndicatorService(IndicatorRepository repository) {
        this.repository = repository;
    }

    /** Every indicator, in the order they were seeded (the headline targets first). */
    public List<IndicatorDetails> findAll() {
        return repository.findAllByOrderByIdAsc().stream().map(Indicator::toDetails).toList();
    }

    public Optional<IndicatorDetails> findByCode(String code) {
        return repository.findByCode(code).map(Indicator::toDetails);
    }
}
