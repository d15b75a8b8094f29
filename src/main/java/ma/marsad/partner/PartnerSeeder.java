package ma.marsad.partner;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import ma.marsad.base.StartupTurn;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;

/**
 * Seeds partners, agreements and commitments from data/partners.json at start-up, after the targets (a
 * commitment names the indicator it feeds by code). Codes already stored are left as they are (reviews and
 * evidence belong to them); new codes are added.
 */
@Component
@Order(20)
class PartnerSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PartnerSeeder.class);

    private final PartnerRepository partners;
    private final AgreementRepository agreements;
    private final CommitmentRepository commitments;
    private final IndicatorService indicators;
    private final PartnerProperties properties;
    private final JsonMapper json;
    private final StartupTurn turn;

    PartnerSeeder(PartnerRepository partners, AgreementRepository agreements, CommitmentRepository commitments,
                  IndicatorService indicators, PartnerProperties properties, JsonMapper json, StartupTurn turn) {
        this.partners = partners;
        this.agreements = agreements;
        this.commitments = commitments;
        this.indicators = indicators;
        this.properties = properties;
        this.json = json;
        this.turn = turn;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        turn.take();
        PartnersFile file = read();
        int added = 0;
        for (PartnersFile.PartnerEntry p : file.partners()) {
            Partner partner = partners.findByCode(p.code()).orElseGet(() -> partners.save(new Partner(p.code(),
                    p.name(), p.kind(), p.country(), p.description(), p.website())));
            for (PartnersFile.AgreementEntry a : p.agreements()) {
                Agreement agreement = agreements.findByCode(a.code()).orElseGet(() -> agreements.save(new Agreement(
                        a.code(), partner.getId(), a.kind(), a.title(), a.signedOn(), a.signedNote(), a.place(),
                        a.ministries() == null ? List.of() : a.ministries(), a.otherSignatories(), a.validUntil(),
                        a.validityNote(), a.source().file(), a.source().quote())));
                for (PartnersFile.CommitmentEntry c : a.commitments()) {
                    if (!commitments.existsByCode(c.code())) {
                        commitments.save(commitment(agreement, c));
                        added++;
                    }
                }
            }
        }
        log.info("Partners: {} in {}, {} commitments added", file.partners().size(),
                properties.seedFile().getDescription(), added);
    }

    private Commitment commitment(Agreement agreement, PartnersFile.CommitmentEntry c) {
        List<String> problems = c.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Cannot seed commitment " + c.code() + ": " + String.join("; ", problems));
        }
        Long indicatorId = null;
        if (c.indicator() != null) {
            indicatorId = indicators.findByCode(c.indicator()).map(IndicatorDetails::id)
                    .orElseThrow(() -> new IllegalStateException("Commitment " + c.code()
                            + " names an indicator that is not seeded: " + c.indicator()));
        }
        return new Commitment(c.code(), agreement.getId(), c.pillar(), c.text(), c.deliveredBy(), c.quantity(),
                c.unit(), c.deadline(), c.deadlineNote(), indicatorId, c.relation(), c.source().file(),
                c.source().quote());
    }

    private PartnersFile read() {
        try (InputStream in = properties.seedFile().getInputStream()) {
            return json.readValue(in, PartnersFile.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("Cannot read the partners file " + properties.seedFile().getDescription()
                    + ": " + e.getMessage(), e);
        }
    }
}
