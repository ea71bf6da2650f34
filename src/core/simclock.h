/* simclock.h: the exercise clock of a training run.
 *
 * Exercise time starts at the scenario's start and runs `speed` times as
 * fast as the wall clock; the trainer can also jump it forward or pause it.
 * The clock never reads the system time itself: every call is given the
 * wall-clock time (seconds), so that tests drive it exactly and the core
 * stays free of I/O.  A wall clock that steps back (NTP, a suspended
 * laptop) never makes exercise time run backwards. */
#ifndef NIS2_SIMCLOCK_H
#define NIS2_SIMCLOCK_H

#include <stdbool.h>
#include <stdint.h>

#include "core/clock.h"

#define SIMCLOCK_SPEED_MAX 10000

struct simclock {
	instant_t base;       /* exercise time at wall time base_wall */
	int64_t base_wall;    /* wall-clock seconds when base was taken */
	int speed;            /* 1 .. SIMCLOCK_SPEED_MAX */
	bool paused;
	instant_t last;       /* the latest time handed out: never go back */
};

/* Starts the clock at exercise time `start` at wall time `wall`. */
void simclock_init(struct simclock *c, instant_t start, int64_t wall, int speed);
/* The exercise time at wall time `wall`. */
instant_t simclock_now(struct simclock *c, int64_t wall);
/* Jumps the exercise clock forward by `seconds` (>= 0). */
void simclock_advance(struct simclock *c, int64_t wall, int64_t seconds);
/* Jumps it forward to `t` if t is later than now. */
void simclock_advance_to(struct simclock *c, int64_t wall, instant_t t);
/* Sets the exercise clock to `t`, earlier or later than now: the
 * facilitator's explicit rewind, or the room's "set the clock to".  This is
 * the only call that moves exercise time back; a wall clock stepping back
 * still never does (simclock_now). */
void simclock_set(struct simclock *c, int64_t wall, instant_t t);
/* Changes the speed from now on (clamped to 1 .. SIMCLOCK_SPEED_MAX). */
void simclock_set_speed(struct simclock *c, int64_t wall, int speed);
/* Stops or restarts the clock; while paused, exercise time stands still. */
void simclock_pause(struct simclock *c, int64_t wall, bool paused);

/* Parses a --speed argument: a whole number 1 .. SIMCLOCK_SPEED_MAX. */
bool simclock_parse_speed(const char *s, int *out);

#endif
