## The bash completion (completion/nis2-notify), installed in
## bash-completion's completionsdir (configure.ac: bashcompletiondir).
dist_bashcompletion_DATA = completion/nis2-notify
