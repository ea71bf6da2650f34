/* test_form.c: the form model over the real form data: prefill, proposals,
 * the user's text winning, conditions, limits counted in characters,
 * validation, and every stage.  Cases are built by hand. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "core/case.h"
#include "core/clock.h"
#include "core/form.h"
#include "core/xalloc.h"
#include "form_fixture.h"

static struct form_def def;

static int setup(void **state)
{
	(void)state;
	fixture_form_load(&def);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	form_def_free(&def);
	return 0;
}

static void set_time(struct opt_time *o, const char *s)
{
	o->set = true;
	assert_int_equal(clock_parse(s, &o->t), CLOCK_PARSE_OK);
}

/* The example case of nis2-notify-case(5), as far as the form reads it. */
static void example_case(struct case_file *c)
{
	case_init(c);
	c->entity.name = xstrdup("Waterbedrijf Voorbeeld NV");
	c->entity.nis2_set = true;
	c->entity.nis2 = NIS2_ESSENTIAL;
	const char *sectors[] = { "drinking-water" };
	case_set_sectors(c, 1, sectors);
	c->entity.users.set = true;
	c->entity.users.v = 50000;
	set_time(&c->incident.aware, "2026-11-22T09:30:00+01:00");
	set_time(&c->incident.started, "2026-11-22T07:10:00+01:00");
	c->incident.malicious = MAL_UNSURE;
	c->incident.personal_data.set = true;
	c->incident.personal_data.v = true;
	case_impact_set(c, "outage_users", 12000);
	case_impact_set(c, "outage_minutes", 150);
	case_impact_set(c, "loss_eur", 40000);
}

static const char *value_of(const struct form_draft *d, const char *name)
{
	const struct form_value *v = form_draft_get(d, name);
	assert_non_null(v);
	return v->n ? v->values[0] : NULL;
}

static enum form_problem problem_of(const struct form_draft *d, const char *name)
{
	const struct form_value *v = form_draft_get(d, name);
	assert_non_null(v);
	return v->problem;
}

static void test_prefill(void **state)
{
	(void)state;
	struct case_file c;
	struct form_draft d;
	example_case(&c);
	form_draft_build(&def, &c, NULL, NULL, STAGE_NOTIFICATION, LANG_NL, &d);
	assert_string_equal(value_of(&d, "1-Submitter"), "nis2-entity");
	assert_string_equal(value_of(&d, "3-NIS_Type"), "essential");
	assert_string_equal(value_of(&d, "4-Sector"), "drinking-water");
	assert_string_equal(value_of(&d, "5-NIS_Notification"), "notification");
	assert_string_equal(value_of(&d, "6-Malicious_Intent"), "unsure");
	assert_string_equal(value_of(&d, "8-Incident_Date"), "11/22/2026");
	assert_string_equal(value_of(&d, "19-Resolved"), "no");
	assert_string_equal(value_of(&d, "22-Organization"), "Waterbedrijf Voorbeeld NV");
	assert_int_equal(form_draft_get(&d, "22-Organization")->source, FORM_PREFILL);
	assert_null(value_of(&d, "23-Email"));
	assert_int_equal(form_draft_get(&d, "23-Email")->source, FORM_EMPTY);
	assert_true(d.gdpr);
	assert_false(d.voluntary);
	form_draft_free(&d);

	/* resolved, and a stage of its own */
	set_time(&c.incident.resolved, "2026-12-01T17:00:00+01:00");
	form_draft_build(&def, &c, NULL, NULL, STAGE_FINAL, LANG_EN, &d);
	assert_string_equal(value_of(&d, "19-Resolved"), "yes");
	assert_string_equal(value_of(&d, "5-NIS_Notification"), "final");
	form_draft_free(&d);
	case_free(&c);
}

/* The date is the Brussels calendar day, not the UTC one. */
static void test_prefill_date_is_brussels_day(void **state)
{
	(void)state;
	struct case_file c;
	char **v;
	case_init(&c);
	set_time(&c.incident.started, "2026-07-01T23:30:00Z");  /* 01:30 on 2 July in Brussels */
	assert_int_equal(form_prefill(&c, STAGE_EARLY_WARNING, "8-Incident_Date", &v), 1);
	assert_string_equal(v[0], "07/02/2026");
	free(v[0]);
	free(v);
	/* without a start: the earlier of detection and first trace in the logs */
	c.incident.started.set = false;
	set_time(&c.incident.detected, "2026-03-05T10:00:00+01:00");
	set_time(&c.incident.logged, "2026-03-04T22:00:00+01:00");
	assert_int_equal(form_prefill(&c, STAGE_EARLY_WARNING, "8-Incident_Date", &v), 1);
	assert_string_equal(v[0], "03/04/2026");
	free(v[0]);
	free(v);
	/* nothing known: no value rather than a guess */
	case_init(&c);
	assert_int_equal(form_prefill(&c, STAGE_EARLY_WARNING, "8-Incident_Date", &v), 0);
	assert_int_equal(form_prefill(&c, STAGE_EARLY_WARNING, "3-NIS_Type", &v), 0);
	assert_int_equal(form_prefill(&c, STAGE_GDPR, "5-NIS_Notification", &v), 0);
	case_free(&c);
}

static void significant(struct evaluation *ev, const char *why)
{
	memset(ev, 0, sizeof *ev);
	ev->verdict = VERDICT_SIGNIFICANT;
	ev->n_met = 1;
	ev->met = xmalloc(sizeof *ev->met);
	ev->met[0] = xstrdup("G2a");
	ev->n_explanation = 1;
	ev->explanation = xmalloc(sizeof *ev->explanation);
	ev->explanation[0].id = xstrdup("G2a");
	ev->explanation[0].text = xstrdup(why);
}

static void free_ev(struct evaluation *ev)
{
	free(ev->met[0]);
	free(ev->met);
	free(ev->explanation[0].id);
	free(ev->explanation[0].text);
	free(ev->explanation);
}

static void test_proposals(void **state)
{
	(void)state;
	struct case_file c;
	struct evaluation ev;
	example_case(&c);
	significant(&ev, "24% of users without the service for 150 minutes");
	char *sev = form_propose(&def, &c, &ev, "9-Assessment_Severity", LANG_EN);
	assert_non_null(sev);
	assert_non_null(strstr(sev, "Significant incident"));
	/* the criterion by its explanation, which ends with its reference in
	 * the guide: the form's reader does not know our ids */
	assert_non_null(strstr(sev, ": 24% of users without the service for 150 minutes."));
	assert_null(strstr(sev, "G2a"));
	free(sev);
	char *con = form_propose(&def, &c, &ev, "11-Assessment_Consequence", LANG_NL);
	assert_non_null(con);
	/* the facts in Dutch, numbers grouped the Dutch way */
	assert_non_null(strstr(con, "12.000 van de 50.000 gebruikers"));
	assert_non_null(strstr(con, "150 minuten"));
	assert_non_null(strstr(con, "40.000 EUR"));
	free(con);
	con = form_propose(&def, &c, &ev, "11-Assessment_Consequence", LANG_EN);
	assert_non_null(strstr(con, "12,000 of 50,000 users"));
	free(con);
	/* no proposal for a field that has none */
	assert_null(form_propose(&def, &c, &ev, "23-Email", LANG_EN));
	free_ev(&ev);

	/* an explanation too long for the field: the criteria by id only */
	char *longwhy = xmalloc(700);
	memset(longwhy, 'x', 699);
	longwhy[699] = '\0';
	significant(&ev, longwhy);
	sev = form_propose(&def, &c, &ev, "9-Assessment_Severity", LANG_FR);
	assert_non_null(sev);
	assert_true(form_chars(sev) <= 500);
	assert_non_null(strstr(sev, "G2a."));
	assert_null(strstr(sev, "xxx"));
	free(sev);
	free(longwhy);

	/* in the draft, a proposal is marked as one, and the user's text wins */
	struct form_draft d;
	form_draft_build(&def, &c, &ev, NULL, STAGE_NOTIFICATION, LANG_FR, &d);
	assert_int_equal(form_draft_get(&d, "9-Assessment_Severity")->source, FORM_PROPOSAL);
	form_draft_free(&d);
	case_form_set_text(&c, "9-Assessment_Severity", "Ernstig: drinkwater onderbroken.");
	case_form_set_text(&c, "22-Organization", "Eigen naam");
	form_draft_build(&def, &c, &ev, NULL, STAGE_NOTIFICATION, LANG_FR, &d);
	assert_int_equal(form_draft_get(&d, "9-Assessment_Severity")->source, FORM_USER);
	assert_string_equal(value_of(&d, "9-Assessment_Severity"), "Ernstig: drinkwater onderbroken.");
	assert_string_equal(value_of(&d, "22-Organization"), "Eigen naam");
	/* even an emptied field stays the user's */
	form_draft_free(&d);
	case_form_set_text(&c, "22-Organization", "");
	form_draft_build(&def, &c, &ev, NULL, STAGE_NOTIFICATION, LANG_FR, &d);
	assert_int_equal(form_draft_get(&d, "22-Organization")->source, FORM_USER);
	assert_int_equal(problem_of(&d, "22-Organization"), FORM_MISSING);
	form_draft_free(&d);
	free_ev(&ev);
	case_free(&c);
}

static void test_voluntary_and_undetermined(void **state)
{
	(void)state;
	struct case_file c;
	struct evaluation ev;
	struct form_draft d;
	example_case(&c);
	memset(&ev, 0, sizeof ev);
	ev.verdict = VERDICT_NOT_SIGNIFICANT;
	form_draft_build(&def, &c, &ev, NULL, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_true(d.voluntary);
	assert_non_null(strstr(value_of(&d, "9-Assessment_Severity"), "voluntary notification"));
	form_draft_free(&d);
	ev.verdict = VERDICT_OUT_OF_SCOPE;
	form_draft_build(&def, &c, &ev, NULL, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_true(d.voluntary);
	form_draft_free(&d);
	ev.verdict = VERDICT_UNDETERMINED;
	ev.n_missing = 3;
	form_draft_build(&def, &c, &ev, NULL, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_false(d.voluntary);
	assert_non_null(strstr(value_of(&d, "9-Assessment_Severity"), "3 facts are not known"));
	form_draft_free(&d);
	ev.verdict = VERDICT_DORA;
	form_draft_build(&def, &c, &ev, NULL, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_true(d.dora);
	form_draft_free(&d);
	case_free(&c);
}

/* B 2-Submission_Type, "Is this an incident notification under the NIS2
 * law?": proposed from the verdict, one test per verdict (data/form.yaml
 * says why): yes for a mandatory notification, no for a voluntary one
 * (guide B) and under DORA (guide A.3). */
static void submission_type_for(enum verdict v, const char *expected)
{
	struct case_file c;
	struct evaluation ev;
	struct form_draft d;
	example_case(&c);
	memset(&ev, 0, sizeof ev);
	ev.verdict = v;
	for (enum lang l = 0; l < LANG_COUNT; l++) {
		form_draft_build(&def, &c, &ev, NULL, STAGE_EARLY_WARNING, l, &d);
		const struct form_value *b = form_draft_get(&d, "2-Submission_Type");
		assert_non_null(b);
		assert_int_equal(b->source, FORM_PROPOSAL);
		assert_int_equal(b->n, 1);
		/* an option id, the same in every language */
		assert_string_equal(b->values[0], expected);
		assert_int_equal(b->problem, FORM_OK);
		form_draft_free(&d);
	}
	/* the user's own answer wins, the opposite one too */
	const char *other = strcmp(expected, "yes") == 0 ? "no" : "yes";
	case_form_set_text(&c, "2-Submission_Type", other);
	form_draft_build(&def, &c, &ev, NULL, STAGE_NOTIFICATION, LANG_NL, &d);
	assert_int_equal(form_draft_get(&d, "2-Submission_Type")->source, FORM_USER);
	assert_string_equal(value_of(&d, "2-Submission_Type"), other);
	form_draft_free(&d);
	case_free(&c);
}

static void test_submission_type_significant(void **state)
{
	(void)state;
	submission_type_for(VERDICT_SIGNIFICANT, "yes");
}

/* undetermined is treated on the safe side, as a mandatory notification */
static void test_submission_type_undetermined(void **state)
{
	(void)state;
	submission_type_for(VERDICT_UNDETERMINED, "yes");
}

static void test_submission_type_not_significant(void **state)
{
	(void)state;
	submission_type_for(VERDICT_NOT_SIGNIFICANT, "no");
}

static void test_submission_type_out_of_scope(void **state)
{
	(void)state;
	submission_type_for(VERDICT_OUT_OF_SCOPE, "no");
}

static void test_submission_type_not_an_incident(void **state)
{
	(void)state;
	submission_type_for(VERDICT_NOT_AN_INCIDENT, "no");
}

static void test_submission_type_dora(void **state)
{
	(void)state;
	submission_type_for(VERDICT_DORA, "no");
}

/* Without a verdict nothing is proposed: the field stays missing. */
static void test_submission_type_no_verdict(void **state)
{
	(void)state;
	struct case_file c;
	struct form_draft d;
	example_case(&c);
	form_draft_build(&def, &c, NULL, NULL, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_int_equal(form_draft_get(&d, "2-Submission_Type")->source, FORM_EMPTY);
	assert_int_equal(problem_of(&d, "2-Submission_Type"), FORM_MISSING);
	form_draft_free(&d);
	/* an emptied answer stays the user's, even with a verdict */
	struct evaluation ev;
	memset(&ev, 0, sizeof ev);
	ev.verdict = VERDICT_SIGNIFICANT;
	case_form_set_text(&c, "2-Submission_Type", "");
	form_draft_build(&def, &c, &ev, NULL, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_int_equal(form_draft_get(&d, "2-Submission_Type")->source, FORM_USER);
	assert_int_equal(problem_of(&d, "2-Submission_Type"), FORM_MISSING);
	form_draft_free(&d);
	case_free(&c);
}

static void test_gdpr_deadline(void **state)
{
	(void)state;
	struct case_file c;
	struct deadlines dl;
	struct form_draft d;
	example_case(&c);
	memset(&dl, 0, sizeof dl);
	dl.n = 1;
	dl.items[0].stage = STAGE_GDPR;
	dl.items[0].has_due = true;
	assert_int_equal(clock_parse("2026-11-25T09:30:00+01:00", &dl.items[0].due), CLOCK_PARSE_OK);
	dl.items[0].status = DL_DUE;
	form_draft_build(&def, &c, NULL, &dl, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_true(d.gdpr && d.gdpr_has_due && d.gdpr_status_set);
	assert_int_equal(d.gdpr_due, dl.items[0].due);
	form_draft_free(&d);
	c.incident.personal_data.v = false;
	form_draft_build(&def, &c, NULL, &dl, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_false(d.gdpr);
	assert_false(d.gdpr_unknown);
	form_draft_free(&d);
	/* not answered is not "no": the draft still reminds of the GBA/APD */
	c.incident.personal_data.set = false;
	form_draft_build(&def, &c, NULL, &dl, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_false(d.gdpr);
	assert_true(d.gdpr_unknown);
	form_draft_free(&d);
	case_free(&c);
}

/* 500 characters of "é" are 1000 bytes and fit; 501 do not. */
static void test_limit_counts_characters(void **state)
{
	(void)state;
	struct case_file c;
	struct form_draft d;
	example_case(&c);
	char *text = xmalloc(2 * 501 + 1);
	for (int i = 0; i < 501; i++)
		memcpy(text + 2 * i, "\xc3\xa9", 2);
	text[2 * 500] = '\0';
	case_form_set_text(&c, "9-Incident_Description", text);
	form_draft_build(&def, &c, NULL, NULL, STAGE_NOTIFICATION, LANG_EN, &d);
	assert_int_equal(form_draft_get(&d, "9-Incident_Description")->chars, 500);
	assert_int_equal(problem_of(&d, "9-Incident_Description"), FORM_OK);
	form_draft_free(&d);
	text[2 * 500] = '\xc3';
	text[2 * 500 + 1] = '\xa9';
	text[2 * 501] = '\0';
	case_form_set_text(&c, "9-Incident_Description", text);
	form_draft_build(&def, &c, NULL, NULL, STAGE_NOTIFICATION, LANG_EN, &d);
	const struct form_value *v = form_draft_get(&d, "9-Incident_Description");
	assert_int_equal(v->chars, 501);
	assert_int_equal(v->problem, FORM_TOO_LONG);
	/* never truncated */
	assert_int_equal(strlen(v->values[0]), 1002);
	assert_int_equal(d.n_problems, 1);
	form_draft_free(&d);
	free(text);
	case_free(&c);
}

static void test_conditions(void **state)
{
	(void)state;
	struct case_file c;
	struct form_draft d;
	example_case(&c);
	/* 14 is shown only when 13 is yes; 17 only when help is asked */
	case_form_set_text(&c, "13-Cross_Border_Impact", "unsure");
	case_form_set_text(&c, "16-Help_Needed", "no");
	form_draft_build(&def, &c, NULL, NULL, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_false(form_draft_get(&d, "14-Cross_Border_Impact_Description")->shown);
	assert_false(form_draft_get(&d, "17-Help_Type_Needed")->shown);
	assert_int_equal(problem_of(&d, "17-Help_Type_Needed"), FORM_OK);
	form_draft_free(&d);

	case_form_set_text(&c, "13-Cross_Border_Impact", "yes");
	case_form_set_text(&c, "16-Help_Needed", "yes");
	form_draft_build(&def, &c, NULL, NULL, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_true(form_draft_get(&d, "14-Cross_Border_Impact_Description")->shown);
	/* 14 is optional, 17 mandatory once shown */
	assert_int_equal(problem_of(&d, "14-Cross_Border_Impact_Description"), FORM_OK);
	assert_true(form_draft_get(&d, "17-Help_Type_Needed")->mandatory);
	assert_int_equal(problem_of(&d, "17-Help_Type_Needed"), FORM_MISSING);
	form_draft_free(&d);

	/* a value in a field the form does not show is pointed out */
	case_form_set_text(&c, "13-Cross_Border_Impact", "no");
	case_form_set_text(&c, "14-Cross_Border_Impact_Description", "Nederland");
	form_draft_build(&def, &c, NULL, NULL, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_int_equal(problem_of(&d, "14-Cross_Border_Impact_Description"), FORM_NOT_SHOWN);
	/* 20-Anonymous is never shown, never missing */
	assert_false(form_draft_get(&d, "20-Anonymous")->shown);
	form_draft_free(&d);
	case_free(&c);
}

static void test_checks(void **state)
{
	(void)state;
	assert_true(form_email_valid("csirt@example.be"));
	assert_true(form_email_valid("first.last+tag@sub.example.co.uk"));
	assert_false(form_email_valid("csirt@localhost"));
	assert_false(form_email_valid("csirt.example.be"));
	assert_false(form_email_valid("a@@example.be"));
	assert_false(form_email_valid("a b@example.be"));
	assert_false(form_email_valid(".a@example.be"));
	assert_false(form_email_valid("a..b@example.be"));
	assert_false(form_email_valid("a@example..be"));
	assert_false(form_email_valid("a@-example.be"));
	assert_false(form_email_valid("a@example.be."));
	assert_false(form_email_valid("a@1.2"));

	assert_true(form_phone_valid("+32 (0)2 501 05 60"));
	assert_true(form_phone_valid("02/501.05.60"));
	assert_true(form_phone_valid("+32475123456"));
	assert_false(form_phone_valid("501 05"));          /* too few digits */
	assert_false(form_phone_valid("+32 2 501 05 60 ext 3"));
	assert_false(form_phone_valid("+32 (0 2 501 05 60"));
	assert_false(form_phone_valid("1234567890123456")); /* 16 digits */
	assert_false(form_phone_valid("32+475123456"));

	assert_true(form_date_valid("11/22/2026"));
	assert_true(form_date_valid("2/29/2028"));
	assert_false(form_date_valid("2/29/2027"));
	assert_false(form_date_valid("22/11/2026"));        /* day first: not the form's order */
	assert_false(form_date_valid("2026-11-22"));
	assert_false(form_date_valid("11/22/26"));
	assert_false(form_date_valid("04/31/2026"));

	bool ok;
	assert_true(form_kbo_find("Voorbeeld NV - KBO 0202.239.555", &ok));
	assert_true(ok);
	assert_true(form_kbo_find("BE0403544249", &ok));
	assert_true(ok);
	assert_true(form_kbo_find("Voorbeeld NV 403 544 249", &ok));   /* nine digits: leading 0 */
	assert_true(ok);
	assert_true(form_kbo_find("Voorbeeld NV 0403.544.248", &ok));
	assert_false(ok);
	assert_false(form_kbo_find("Voorbeeld NV", &ok));
	assert_false(form_kbo_find("Postbus 1000 Brussel", &ok));

	/* in the draft: KBO on 22, e-mail on 23, phone on 24, date on 8 */
	struct case_file c;
	struct form_draft d;
	example_case(&c);
	case_form_set_text(&c, "22-Organization", "Waterbedrijf Voorbeeld NV - KBO 0876.543.271");
	case_form_set_text(&c, "23-Email", "csirt(at)example.be");
	case_form_set_text(&c, "24-Telephone", "call us");
	case_form_set_text(&c, "8-Incident_Date", "2026-11-22");
	case_form_set_text(&c, "6-Malicious_Intent", "maybe");
	const char *types[] = { "ddos", "no-such-type" };
	case_form_set_list(&c, "7-Incident_Type", 2, types);
	form_draft_build(&def, &c, NULL, NULL, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_int_equal(problem_of(&d, "22-Organization"), FORM_BAD_KBO);
	assert_int_equal(problem_of(&d, "23-Email"), FORM_BAD_EMAIL);
	assert_int_equal(problem_of(&d, "24-Telephone"), FORM_BAD_PHONE);
	assert_int_equal(problem_of(&d, "8-Incident_Date"), FORM_BAD_DATE);
	assert_int_equal(problem_of(&d, "6-Malicious_Intent"), FORM_BAD_OPTION);
	assert_int_equal(problem_of(&d, "7-Incident_Type"), FORM_BAD_OPTION);
	assert_int_equal(d.n_problems, 6);
	form_draft_free(&d);
	case_form_set_text(&c, "22-Organization", "Waterbedrijf Voorbeeld NV - KBO 0876.543.270");
	const char *good[] = { "ddos", "outage" };
	case_form_set_list(&c, "7-Incident_Type", 2, good);
	form_draft_build(&def, &c, NULL, NULL, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_int_equal(problem_of(&d, "22-Organization"), FORM_OK);
	assert_int_equal(problem_of(&d, "7-Incident_Type"), FORM_OK);
	form_draft_free(&d);
	/* an unknown sector */
	const char *sec[] = { "drinking-water", "energy" };
	case_set_sectors(&c, 2, sec);   /* "energy" is a heading, not an option */
	form_draft_build(&def, &c, NULL, NULL, STAGE_EARLY_WARNING, LANG_EN, &d);
	assert_int_equal(problem_of(&d, "4-Sector"), FORM_BAD_OPTION);
	form_draft_free(&d);
	case_free(&c);
}

/* What must be filled in, stage by stage (guide annex 2; 18 at the final
 * report, A.6). */
static void test_every_stage(void **state)
{
	(void)state;
	static const enum stage stages[] = {
		STAGE_EARLY_WARNING, STAGE_NOTIFICATION, STAGE_INTERMEDIATE, STAGE_FINAL, STAGE_PROGRESS,
	};
	static const char *const always[] = {
		"2-Submission_Type", "7-Incident_Type", "9-Incident_Description",
		"9-Assessment_Severity", "12-Threat_Type_Root_Cause",
		"13-Cross_Border_Impact", "16-Help_Needed", "23-Email", "24-Telephone",
	};
	struct case_file c;
	example_case(&c);
	for (size_t i = 0; i < sizeof stages / sizeof stages[0]; i++) {
		struct form_draft d;
		form_draft_build(&def, &c, NULL, NULL, stages[i], LANG_NL, &d);
		assert_string_equal(value_of(&d, "5-NIS_Notification"), stage_name(stages[i]));
		for (size_t j = 0; j < sizeof always / sizeof always[0]; j++)
			assert_int_equal(problem_of(&d, always[j]), FORM_MISSING);
		bool final = stages[i] == STAGE_FINAL;
		assert_int_equal(problem_of(&d, "18-Actions_Taken"), final ? FORM_MISSING : FORM_OK);
		assert_int_equal(d.n_missing, 9 + final);
		/* the facts alone give the consequences a proposal */
		assert_int_equal(form_draft_get(&d, "11-Assessment_Consequence")->source, FORM_PROPOSAL);
		/* optional fields are never missing */
		assert_int_equal(problem_of(&d, "21-Contact_Person"), FORM_OK);
		assert_int_equal(problem_of(&d, "25-Location"), FORM_OK);
		assert_int_equal(problem_of(&d, "15-Police_Involved"), FORM_OK);
		/* the guide's words for the stage, and notes beside its fields */
		const struct form_stage_guide *g = form_stage_guide(&def, stages[i]);
		assert_non_null(g);
		assert_true(g->n_notes > 0);
		assert_true(strlen(text3_get(&g->guidance, LANG_NL)) > 40);
		form_draft_free(&d);
	}
	assert_non_null(strstr(text3_get(form_field_note(&def, STAGE_FINAL, "12-Threat_Type_Root_Cause"), LANG_NL),
			       "hoofdoorzaak"));
	/* the progress report takes the final report's notes */
	assert_non_null(form_field_note(&def, STAGE_PROGRESS, "18-Actions_Taken"));
	assert_null(form_field_note(&def, STAGE_EARLY_WARNING, "18-Actions_Taken"));
	assert_false(form_stage_valid(STAGE_GDPR));
	assert_false(form_stage_valid(STAGE_RECIPIENTS));
	case_free(&c);
}

static void test_current_stage(void **state)
{
	(void)state;
	struct case_file c;
	struct deadlines dl;
	case_init(&c);
	memset(&dl, 0, sizeof dl);
	assert_int_equal(form_current_stage(&c, NULL), STAGE_EARLY_WARNING);
	set_time(&c.reports[STAGE_EARLY_WARNING], "2026-11-22T11:00:00+01:00");
	assert_int_equal(form_current_stage(&c, NULL), STAGE_NOTIFICATION);
	set_time(&c.reports[STAGE_NOTIFICATION], "2026-11-24T16:00:00+01:00");
	assert_int_equal(form_current_stage(&c, NULL), STAGE_FINAL);
	/* a GDPR notification is no stage of the CCB form */
	set_time(&c.reports[STAGE_GDPR], "2026-11-23T10:00:00+01:00");
	assert_int_equal(form_current_stage(&c, &dl), STAGE_FINAL);
	/* unresolved at the final report's deadline: a progress report */
	dl.n = 1;
	dl.items[0].stage = STAGE_PROGRESS;
	assert_int_equal(form_current_stage(&c, &dl), STAGE_PROGRESS);
	set_time(&c.reports[STAGE_PROGRESS], "2026-12-24T10:00:00+01:00");
	assert_int_equal(form_current_stage(&c, &dl), STAGE_FINAL);
	set_time(&c.reports[STAGE_FINAL], "2027-01-10T10:00:00+01:00");
	assert_int_equal(form_current_stage(&c, &dl), STAGE_FINAL);
	case_free(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_prefill),
		cmocka_unit_test(test_prefill_date_is_brussels_day),
		cmocka_unit_test(test_proposals),
		cmocka_unit_test(test_voluntary_and_undetermined),
		cmocka_unit_test(test_submission_type_significant),
		cmocka_unit_test(test_submission_type_undetermined),
		cmocka_unit_test(test_submission_type_not_significant),
		cmocka_unit_test(test_submission_type_out_of_scope),
		cmocka_unit_test(test_submission_type_not_an_incident),
		cmocka_unit_test(test_submission_type_dora),
		cmocka_unit_test(test_submission_type_no_verdict),
		cmocka_unit_test(test_gdpr_deadline),
		cmocka_unit_test(test_limit_counts_characters),
		cmocka_unit_test(test_conditions),
		cmocka_unit_test(test_checks),
		cmocka_unit_test(test_every_stage),
		cmocka_unit_test(test_current_stage),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
