dist_man_MANS = man/nis2-notify.1 man/nis2-notify-case.5
