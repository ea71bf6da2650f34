## The man pages: the program (1), the case file (5) and the data files (5).
dist_man_MANS = man/nis2-notify.1 man/nis2-notify-case.5 man/nis2-notify-data.5
