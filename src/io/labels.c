/* labels.c: stage, verdict and status names for people. */
#include "config.h"

#include "io/labels.h"
#include "nls.h"

const char *label_stage(enum stage s)
{
	switch (s) {
	case STAGE_EARLY_WARNING: return _("early warning");
	case STAGE_NOTIFICATION: return _("incident notification");
	case STAGE_INTERMEDIATE: return _("intermediate report");
	case STAGE_PROGRESS: return _("progress report");
	case STAGE_FINAL: return _("final report");
	case STAGE_RECIPIENTS: return _("informing the recipients of the service");
	case STAGE_GDPR: return _("personal-data breach notification to the GBA/APD");
	case STAGE_COUNT: break;
	}
	return "?";
}

const char *label_verdict(enum verdict v)
{
	switch (v) {
	case VERDICT_DORA: return _("DORA applies: no NIS2 notification");
	case VERDICT_OUT_OF_SCOPE: return _("out of scope: no mandatory notification");
	case VERDICT_SIGNIFICANT: return _("significant incident: notify the CCB");
	case VERDICT_UNDETERMINED: return _("undetermined: facts are missing");
	case VERDICT_NOT_AN_INCIDENT: return _("not an incident: planned maintenance");
	case VERDICT_NOT_SIGNIFICANT: return _("not significant: no mandatory notification");
	case VERDICT_COUNT: break;
	}
	return "?";
}

const char *label_status(enum deadline_status s)
{
	switch (s) {
	case DL_DONE: return _("done");
	case DL_DUE: return _("due");
	case DL_OVERDUE: return _("OVERDUE");
	case DL_ON_REQUEST: return _("on request");
	case DL_NO_DEADLINE: return _("without undue delay");
	case DL_AFTER_RESOLUTION: return _("after resolution");
	}
	return "?";
}
