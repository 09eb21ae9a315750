package dev.backforge.runs.batch;

import dev.backforge.verification.entity.Finding;
import java.util.List;

/** An item of the verify step: a plan position and what the verifier found in its file on disk. */
record VerifiedFile(int position, List<Finding> findings) {
}
