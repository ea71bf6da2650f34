## The man pages: the program (1), the case file (5) and the data files (5).
## English is the source; the Dutch and French pages of the first two are
## made from it and the catalogues man/po/LL.po by po4a (see man/po4a.cfg),
## installed under $(mandir)/nl and $(mandir)/fr so that man-db finds them by
## the reader's locale.  They are shipped in the tarball, so building from it
## needs no po4a.
dist_man_MANS = man/nis2-notify.1 man/nis2-notify-case.5 man/nis2-notify-data.5

PO4A_TRANSLATE = po4a-translate
## --keep 0: a page is written however little of it is translated yet; a
## paragraph the English gained since the last translation stays English
## (and `make man-update-po` marks it for the translator) instead of
## breaking the build.
PO4A_KEEP = 0
PO4A_FLAGS = -f man -M UTF-8 -L UTF-8 -k $(PO4A_KEEP)

nlman1dir = $(mandir)/nl/man1
nlman5dir = $(mandir)/nl/man5
frman1dir = $(mandir)/fr/man1
frman5dir = $(mandir)/fr/man5
dist_nlman1_DATA = man/nl/nis2-notify.1
dist_nlman5_DATA = man/nl/nis2-notify-case.5
dist_frman1_DATA = man/fr/nis2-notify.1
dist_frman5_DATA = man/fr/nis2-notify-case.5
MAN_TRANSLATED = $(dist_nlman1_DATA) $(dist_nlman5_DATA) $(dist_frman1_DATA) $(dist_frman5_DATA)
EXTRA_DIST += man/po4a.cfg man/po/nis2-notify-man.pot man/po/nl.po man/po/fr.po \
	man/po/nl.add man/po/fr.add

## man/po/nl.add: an addendum that turns off hyphenation (English patterns only)
man/nl/%: man/% man/po/nl.po man/po/nl.add
	$(AM_V_GEN)$(MKDIR_P) man/nl && \
	$(PO4A_TRANSLATE) $(PO4A_FLAGS) -m $< -p $(word 2,$^) -a $(word 3,$^) -l $@.tmp && mv $@.tmp $@
## man/po/fr.add: an addendum that turns off hyphenation (English patterns only)
man/fr/%: man/% man/po/fr.po man/po/fr.add
	$(AM_V_GEN)$(MKDIR_P) man/fr && \
	$(PO4A_TRANSLATE) $(PO4A_FLAGS) -m $< -p $(word 2,$^) -a $(word 3,$^) -l $@.tmp && mv $@.tmp $@

MAINTAINERCLEANFILES = $(MAN_TRANSLATED)

## After an edit of an English page: the template and both catalogues
## updated (new and changed paragraphs come out untranslated or fuzzy).
## --force: po4a otherwise skips the update when the catalogues are newer
## than the pages, which is what a checkout or a rebase leaves behind.
man-update-po:
	cd $(srcdir) && po4a --force --no-translations man/po4a.cfg
.PHONY: man-update-po
