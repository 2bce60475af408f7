package kz.iinportal.complaint;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long after a refusal its filer may complain in the portal. */
@ConfigMapping(prefix = "iin-complaints")
public interface ComplaintSettings {

    /**
     * From the day of the refusal (Kazakhstan time), inclusive. The Law on Public Services (art. 25) sets the term of
     * the answer — 5 working days — but not of the complaint; the Administrative Procedure Code (art. 91) gives three
     * months from the day the person learned of the decision, which for a refusal sent the same day is the day of the
     * refusal. A setting, because that reading is ours: the ministry's lawyers may set another.
     */
    @WithDefault("P3M")
    Period filingPeriod();
}
