package ma.marsad.partner;

import ma.marsad.progress.ProgressStatus;

/** Where a commitment that IS an indicator stands: that indicator's actual, target and status, from approved figures. */
public record CommitmentProgress(double actual, double target, ProgressStatus status) {
}
