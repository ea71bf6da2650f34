## data/: rules, facts, form, texts and scenarios, in en/nl/fr.  Installed
## under $(pkgdatadir) and built into the binary (src/io/embed-data.sh).
## Every data file is listed once, in EMBEDDED_FILES.
EMBEDDED_FILES =
nobase_dist_pkgdata_DATA =
