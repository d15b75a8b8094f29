package ma.marsad.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ma.marsad.base.LocalizedText;

/** A target to track, stored as seeded from data/targets.json. */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String nameFr;
    private String nameEn;
    private String nameAr;
    private String unitFr;
    private String unitEn;
    private String unitAr;

    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    private LocalDate startDate;
    private LocalDate deadline;
    private String datesNote;
    private String ownerFr;
    private String ownerEn;
    private String ownerAr;
    private String sourceFile;
    private String sourceQuote;
    private boolean wholeNumbers;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_milestone", joinColumns = @JoinColumn(name = "indicator_id"))
    private List<MilestoneRow> milestones = new ArrayList<>();

    @Version
    private long version;

    protected Indicator() {
    }

    Indicator(String code, LocalizedText name, LocalizedText unit, IndicatorKind kind, BigDecimal targetValue,
              LocalDate startDate, LocalDate deadline, String datesNote, LocalizedText owner,
              String sourceFile, String sourceQuote, List<Milestone> milestones, boolean wholeNumbers) {
        this.code = code;
        this.nameFr = name.fr();
        this.nameEn = name.en();
        this.nameAr = name.ar();
        this.unitFr = unit.fr();
        this.unitEn = unit.en();
        this.unitAr = unit.ar();
        this.kind = kind;
        this.targetValue = targetValue;
        this.startDate = startDate;
        this.deadline = deadline;
        this.datesNote = datesNote;
        this.ownerFr = owner.fr();
        this.ownerEn = owner.en();
        this.ownerAr = owner.ar();
        this.sourceFile = sourceFile;
        this.sourceQuote = sourceQuote;
        this.wholeNumbers = wholeNumbers;
        milestones.forEach(m -> this.milestones.add(new MilestoneRow(m.year(), m.target())));
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    long getVersion() {
        return version;
    }

    /** Takes an administrator's edit; the milestones are replaced only when they differ. */
    void apply(IndicatorChanges c) {
        this.nameFr = c.name().fr();
        this.nameEn = c.name().en();
        this.nameAr = c.name().ar();
        this.unitFr = c.unit().fr();
        this.unitEn = c.unit().en();
        this.unitAr = c.unit().ar();
        this.ownerFr = c.owner().fr();
        this.ownerEn = c.owner().en();
        this.ownerAr = c.owner().ar();
        this.targetValue = c.target();
        this.startDate = c.startDate();
        this.deadline = c.deadline();
        this.datesNote = c.datesNote();
        this.wholeNumbers = c.wholeNumbers();
        if (!Objects.equals(ValueTexts.milestones(toDetails().milestones()),
                ValueTexts.milestones(c.milestones()))) {
            milestones.clear();
            c.milestones().forEach(m -> milestones.add(new MilestoneRow(m.year(), m.target())));
        }
    }

    IndicatorDetails toDetails() {
        return new IndicatorDetails(id, code,
                new LocalizedText(nameFr, nameEn, nameAr),
                new LocalizedText(unitFr, unitEn, unitAr),
                kind, targetValue, startDate, deadline, datesNote,
                milestones.stream()
                        .map(m -> new Milestone(m.milestoneYear, m.targetValue))
                        .sorted(Comparator.comparingInt(Milestone::year))
                        .toList(),
                new LocalizedText(ownerFr, ownerEn, ownerAr),
                sourceFile, sourceQuote, wholeNumbers);
    }

    @Embeddable
    static class MilestoneRow {
        private int milestoneYear;

        @Column(name = "target_value")
        private BigDecimal targetValue;

        protected MilestoneRow() {
        }

        MilestoneRow(int milestoneYear, BigDecimal targetValue) {
            this.milestoneYear = milestoneYear;
            this.targetValue = targetValue;
        }
    }
}
