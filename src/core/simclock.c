/* simclock.c: the exercise clock (exercise time from wall time and speed). */
#include "config.h"

#include "core/simclock.h"

#include <stddef.h>

static int clamp_speed(int speed)
{
	if (speed < 1)
		return 1;
	if (speed > SIMCLOCK_SPEED_MAX)
		return SIMCLOCK_SPEED_MAX;
	return speed;
}

void simclock_init(struct simclock *c, instant_t start, int64_t wall, int speed)
{
	c->base = start;
	c->base_wall = wall;
	c->speed = clamp_speed(speed);
	c->paused = false;
	c->last = start;
}

/* Exercise time from the base, without the never-backwards guard.  A wall
 * clock behind the base counts as no time passed.  The elapsed span is
 * capped at a century so that the product cannot overflow. */
static instant_t raw_now(const struct simclock *c, int64_t wall)
{
	if (c->paused || wall <= c->base_wall)
		return c->base;
	int64_t elapsed = wall - c->base_wall;
	const int64_t century = INT64_C(100) * 366 * 86400;
	if (elapsed > century)
		elapsed = century;
	return c->base + elapsed * c->speed;
}

instant_t simclock_now(struct simclock *c, int64_t wall)
{
	instant_t t = raw_now(c, wall);
	if (t < c->last)
		t = c->last;
	c->last = t;
	return t;
}

/* Takes the current exercise time as the new base at wall time `wall`. */
static void rebase(struct simclock *c, int64_t wall)
{
	c->base = simclock_now(c, wall);
	c->base_wall = wall;
}

void simclock_advance(struct simclock *c, int64_t wall, int64_t seconds)
{
	rebase(c, wall);
	if (seconds > 0)
		c->base += seconds;
	c->last = c->base;
}

void simclock_advance_to(struct simclock *c, int64_t wall, instant_t t)
{
	rebase(c, wall);
	if (t > c->base)
		c->base = t;
	c->last = c->base;
}

void simclock_set(struct simclock *c, int64_t wall, instant_t t)
{
	rebase(c, wall);
	c->base = t;
	c->last = t;
}

void simclock_set_speed(struct simclock *c, int64_t wall, int speed)
{
	rebase(c, wall);
	c->speed = clamp_speed(speed);
}

void simclock_pause(struct simclock *c, int64_t wall, bool paused)
{
	rebase(c, wall);
	c->paused = paused;
}

bool simclock_parse_speed(const char *s, int *out)
{
	if (s == NULL || *s == '\0')
		return false;
	int v = 0;
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9')
			return false;
		v = v * 10 + (*p - '0');
		if (v > SIMCLOCK_SPEED_MAX)
			return false;
	}
	if (v < 1)
		return false;
	*out = v;
	return true;
}
