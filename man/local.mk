## The man pages: the program (1) and the case file (5).
dist_man_MANS = man/nis2-notify.1 man/nis2-notify-case.5
