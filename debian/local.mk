## debian/: the Debian package.  `make deb` builds it from the tarball of
## this tree (so from a clean tree, whatever this one holds), unpacked in a
## temporary folder, and leaves nis2-notify_VERSION_ARCH.deb here; lintian
## checks it when installed.  DEB_BUILD_OPTIONS=nocheck skips the tests.
## tests/deb/check-package.sh is the CI step: build, install, run, purge.
DEBIAN_FILES = debian/changelog debian/control debian/copyright debian/rules \
	debian/source/format debian/nis2-notify.docs debian/nis2-notify.lintian-overrides \
	debian/local.mk
EXTRA_DIST += $(DEBIAN_FILES)
CLEANFILES += $(PACKAGE)_*.deb

deb: dist-gzip
	@tmp=`mktemp -d "$${TMPDIR:-/tmp}/$(PACKAGE)-deb.XXXXXX"` || exit 1; \
	trap 'rm -rf "$$tmp"' EXIT; \
	tar -xzf $(distdir).tar.gz -C "$$tmp" && \
	(cd "$$tmp/$(distdir)" && dpkg-buildpackage -us -uc -b) && \
	if command -v lintian >/dev/null; then \
	  lintian --fail-on error,warning --info --display-info "$$tmp"/*.changes || exit 1; \
	fi && \
	cp "$$tmp"/$(PACKAGE)_*.deb . && ls $(PACKAGE)_*.deb
.PHONY: deb
EXTRA_DIST += tests/deb/check-package.sh
