## data/: rules, facts, form, sectors, privacy texts and scenarios, in
## en/nl/fr.  Built into the binary (src/io/local.mk) and installed under
## $(pkgdatadir) for --data and for reading; the examples are installed only.
## A new data file is listed once, here; a new scenario needs no line at all.
TRAINING_SCENARIOS = $(patsubst $(abs_top_srcdir)/%,%,$(sort $(wildcard $(abs_top_srcdir)/data/scenarios/*.yaml)))
EMBEDDED_FILES = \
	data/facts.yaml data/form.yaml data/privacy.yaml data/rules.yaml \
	data/sectors.yaml $(TRAINING_SCENARIOS)
EXAMPLE_CASES = $(patsubst $(abs_top_srcdir)/%,%,$(sort $(wildcard $(abs_top_srcdir)/data/examples/*.yaml)))
nobase_dist_pkgdata_DATA = $(EMBEDDED_FILES) $(EXAMPLE_CASES) data/privacy-decisions.md
