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
	case DL_AFTER_NOTIFICATION: return _("after the notification");
	}
	return "?";
}

const char *label_nis2_status(enum nis2_status s)
{
	switch (s) {
	case NIS2_ESSENTIAL: return _("essential entity");
	case NIS2_IMPORTANT: return _("important entity");
	case NIS2_NONE: return _("not under the NIS2 law");
	case NIS2_UNKNOWN: break;
	}
	return _("not known yet");
}

const char *label_entity_type(enum entity_type t)
{
	switch (t) {
	case ET_GENERAL: return _("none of the IR's types (the guide's criteria)");
	case ET_DNS: return _("DNS service provider");
	case ET_TLD: return _("TLD name registry");
	case ET_CLOUD: return _("cloud computing service provider");
	case ET_DATACENTRE: return _("data centre service provider");
	case ET_CDN: return _("content delivery network provider");
	case ET_MSP: return _("managed service provider");
	case ET_MSSP: return _("managed security service provider");
	case ET_MARKETPLACE: return _("online marketplace");
	case ET_SEARCH_ENGINE: return _("online search engine");
	case ET_SOCIAL_NETWORK: return _("social networking services platform");
	case ET_TRUST_SERVICE: return _("trust service provider");
	case ET_COUNT: break;
	}
	return "?";
}

const char *label_malicious(enum malicious m)
{
	switch (m) {
	case MAL_YES: return _("yes");
	case MAL_NO: return _("no");
	case MAL_UNSURE: return _("unsure");
	case MAL_UNKNOWN: break;
	}
	return _("not known yet");
}

const char *label_number_read(enum numfmt_read r)
{
	switch (r) {
	case NUMFMT_OK: return "";
	case NUMFMT_TOO_LARGE: return _("That number is too large.");
	case NUMFMT_NOT_WHOLE: break;
	}
	return _("Type a whole number (digits only).");
}
