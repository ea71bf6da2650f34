/* labels.h: the names of stages, verdicts and statuses as a person reads
 * them, in the current language of the program's messages.  The CCB's own
 * terms (terms.md): vroegtijdige waarschuwing / alerte précoce / early
 * warning, ... */
#ifndef NIS2_LABELS_H
#define NIS2_LABELS_H

#include "core/case.h"
#include "core/evaluation.h"
#include "core/numfmt.h"

const char *label_stage(enum stage s);
const char *label_verdict(enum verdict v);
const char *label_status(enum deadline_status s);
/* The words of a case-file value: "essential entity", "cloud computing
 * service provider", "unsure" (the wizard's own). */
const char *label_nis2_status(enum nis2_status s);
const char *label_entity_type(enum entity_type t);
const char *label_malicious(enum malicious m);
/* Why a typed number was refused (NUMFMT_OK: ""). */
const char *label_number_read(enum numfmt_read r);

#endif
