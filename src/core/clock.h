/* clock.h: Europe/Brussels time with the EU summer-time rule built in.
 *
 * Instants are seconds since the Unix epoch (UTC).  Nothing here reads TZ,
 * tzdata or the system clock: the answer is the same on every machine.
 * Summer time (UTC+2) runs from the last Sunday of March 01:00 UTC to the last
 * Sunday of October 01:00 UTC; the rest of the year is UTC+1. */
#ifndef NIS2_CLOCK_H
#define NIS2_CLOCK_H

#include <stdbool.h>
#include <stdint.h>

typedef int64_t instant_t;

/* A wall-clock date and time (Brussels local unless said otherwise). */
struct civil {
	int year, month, day;   /* month 1..12, day 1..31 */
	int hour, min, sec;
};

/* Days since 1970-01-01 of a proleptic Gregorian date, and back. */
int64_t clock_days_from_civil(int year, int month, int day);
void clock_civil_from_days(int64_t days, int *year, int *month, int *day);
int clock_days_in_month(int year, int month);
/* 0 = Monday .. 6 = Sunday */
int clock_weekday(int64_t days);

/* UTC offset in force in Brussels at instant t, in seconds (3600 or 7200). */
int clock_offset_at(instant_t t);
/* Brussels wall clock at t; *offset (may be NULL) gets the offset in seconds. */
struct civil clock_to_local(instant_t t, int *offset);

enum clock_local {
	CLOCK_LOCAL_OK,          /* exists once */
	CLOCK_LOCAL_AMBIGUOUS,   /* exists twice (autumn): *out is the earlier */
	CLOCK_LOCAL_NONEXISTENT, /* spring-forward gap: *out is the instant the clocks jump */
};
/* The instant of a Brussels wall-clock time. */
enum clock_local clock_from_local(const struct civil *c, instant_t *out);

enum clock_parse_error {
	CLOCK_PARSE_OK,
	CLOCK_PARSE_SYNTAX,       /* not RFC 3339 / ISO 8601 date-time */
	CLOCK_PARSE_RANGE,        /* a field out of range (month 13, 31 April, 25:00) */
	CLOCK_PARSE_NONEXISTENT,  /* local time in the spring-forward gap */
};
/* Parses "2026-11-22T09:30:00+01:00", "...Z", or a local time without offset
 * ("2026-11-22T09:30:00", "2026-11-22 09:30", seconds optional), taken as
 * Brussels time (ambiguous: the earlier instant). Years 1900..9999. */
enum clock_parse_error clock_parse(const char *s, instant_t *out);

/* "2026-10-25T09:00:00+01:00": Brussels time with the offset in force. */
#define CLOCK_FMT_LEN 32
void clock_format(instant_t t, char buf[CLOCK_FMT_LEN]);

/* Elapsed hours. */
instant_t clock_add_hours(instant_t t, int hours);
/* Same day number and Brussels wall-clock time `months` later, the day clamped
 * to that month's end; a wall-clock time in the spring gap becomes the instant
 * of the jump, an ambiguous one the earlier instant. */
instant_t clock_add_months(instant_t t, int months);

#endif
